package org.migracode.talent.portal.cvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.cvs.CvRefused.Reason;

/** Reading CV files by their content: every supported format, and every way a file is refused. */
class CvDocumentReaderTests {

    static final long LIMIT = 5L * 1024 * 1024;
    final CvDocumentReader reader = new CvDocumentReader();

    @Test
    void aPdfIsReadByPdfBox() {
        DocumentText t = reader.read(CvFixtures.pdf(CvFixtures.ENGLISH), LIMIT);
        assertThat(t.kind()).isEqualTo(DocumentKind.PDF);
        assertThat(t.text()).contains("Junior Full-Stack Developer").contains("I build web apps with React and Node.js.")
                .contains("https://github.com/amina-example/recipes");
    }

    @Test
    void aDocxIsReadWithItsHyperlinkTargets() {
        DocumentText t = reader.read(CvFixtures.docx(CvFixtures.CATALAN), LIMIT);
        assertThat(t.kind()).isEqualTo(DocumentKind.DOCX);
        assertThat(t.text()).contains("Programadora frontend\n").contains("Idiomes: Català nadiu; anglès B1.")
                .contains("My portfolio (https://portfolio.example.org/work)");
    }

    @Test
    void anOdtIsRead() {
        DocumentText t = reader.read(CvFixtures.odt(CvFixtures.SPANISH), LIMIT);
        assertThat(t.kind()).isEqualTo(DocumentKind.ODT);
        assertThat(t.text()).startsWith("Carlos Pérez\nDesarrollador web\n").contains("Inglés: B2");
    }

    @Test
    void plainTextIsReadAsUtf8OrWindows1252WhateverTheFileIsCalled() {
        assertThat(reader.read(CvFixtures.txt(CvFixtures.SPANISH), LIMIT).text()).contains("Castellano nativo");
        byte[] latin = "Inglés: B2\nCatalà nadiu".getBytes(Charset.forName("windows-1252"));
        DocumentText t = reader.read(latin, LIMIT);
        assertThat(t.kind()).isEqualTo(DocumentKind.TXT);
        assertThat(t.text()).isEqualTo("Inglés: B2\nCatalà nadiu");
    }

    @Test
    void aLinkedInExportBecomesTextWithoutTheBirthDateOrAddress() {
        DocumentText t = reader.read(CvFixtures.linkedIn(), LIMIT);
        assertThat(t.kind()).isEqualTo(DocumentKind.LINKEDIN);
        assertThat(t.headline()).isEqualTo("Frontend Developer");
        assertThat(t.text()).contains("I love building accessible UIs.").contains("Student — Migracode")
                .contains("Built a shop with React and PostgreSQL.").contains("Skills: TypeScript, Docker.")
                .contains("Spanish C1.").contains("English C2.").contains("Portfolio: https://yusuf-example.dev")
                .doesNotContain("1990").doesNotContain("Carrer Secret").doesNotContain("08001");
    }

    @Test
    void badFilesAreRefusedWithTheirReason() {
        assertThat(reason(new byte[0])).isEqualTo(Reason.EMPTY);
        assertThat(reason(new byte[(int) LIMIT + 1])).isEqualTo(Reason.TOO_LARGE);
        assertThat(reason(CvFixtures.png())).isEqualTo(Reason.UNSUPPORTED);
        assertThat(reason(CvFixtures.pdf(CvFixtures.ENGLISH, "secret"))).isEqualTo(Reason.ENCRYPTED);
        assertThat(reason(CvFixtures.encryptedOffice())).isEqualTo(Reason.ENCRYPTED);
        assertThat(reason(CvFixtures.damagedPdf())).isEqualTo(Reason.MALFORMED);
        assertThat(reason(CvFixtures.zipBomb())).isEqualTo(Reason.TOO_LARGE);
        assertThat(reason(CvFixtures.zipPathTrick())).isEqualTo(Reason.MALFORMED);
        assertThat(reason(CvFixtures.zip(new CvFixtures.Entry("photo.jpg", "x")))).isEqualTo(Reason.UNSUPPORTED);
        assertThat(reason("   \n\t ".getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.NO_TEXT);
        assertThat(reason(CvFixtures.pdf(java.util.List.of()))).isEqualTo(Reason.NO_TEXT);
        byte[] truncated = java.util.Arrays.copyOf(CvFixtures.docx(CvFixtures.CATALAN), 200);
        assertThat(reason(truncated)).isIn(Reason.MALFORMED, Reason.UNSUPPORTED);
    }

    @Test
    void xmlWithAnExternalEntityIsNotFollowed() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t>"
                + "</w:r></w:p></w:body></w:document>";
        byte[] docx = CvFixtures.zip(new CvFixtures.Entry("word/document.xml", evil));
        Reason r = reason(docx);
        assertThat(r).isIn(Reason.MALFORMED, Reason.NO_TEXT);
    }

    private Reason reason(byte[] bytes) {
        CvRefused refused = catchThrowableOfType(CvRefused.class, () -> reader.read(bytes, LIMIT));
        assertThat(refused).as("refused").isNotNull();
        return refused.reason();
    }
}
