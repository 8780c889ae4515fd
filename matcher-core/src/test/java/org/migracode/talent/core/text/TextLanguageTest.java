package org.migracode.talent.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

    @Test
    void tellsEnglishSpanishAndCatalanApart() {
        assertThat(TextLanguage.detect("We are looking for a developer with experience in the design of web applications."))
                .isEqualTo(TextLanguage.ENGLISH);
        assertThat(TextLanguage.detect("Buscamos una persona con experiencia en el desarrollo de aplicaciones web y bases de datos para nuestro equipo."))
                .isEqualTo(TextLanguage.SPANISH);
        assertThat(TextLanguage.detect("Busquem una persona amb experiència en el desenvolupament d'aplicacions web i bases de dades per al nostre equip."))
                .isEqualTo(TextLanguage.CATALAN);
    }

    @Test
    void undecidedTextIsOther() {
        assertThat(TextLanguage.detect(null)).isEqualTo(TextLanguage.OTHER);
        assertThat(TextLanguage.detect("  ")).isEqualTo(TextLanguage.OTHER);
        assertThat(TextLanguage.detect("Java, Spring Boot, Docker, Kubernetes")).isEqualTo(TextLanguage.OTHER);
        assertThat(TextLanguage.detect("Wir suchen eine Entwicklerin für unser Team in Berlin.")).isEqualTo(TextLanguage.OTHER);
    }
}
