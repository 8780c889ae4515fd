package org.migracode.talent.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextRulesTests {

    @Test
    void controlCharactersAreRefusedButTabsAndLineBreaksAreKept() {
        assertThat(TextRules.check("summary", "line one\r\n\tline two")).isEqualTo("line one\r\n\tline two");
        assertThat(TextRules.check("city", null)).isNull();
        assertThat(TextRules.check("city", "Sant Adrià de Besòs ‏عربى 😀")).isNotNull();
        for (char c : new char[] {'\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\u009F'}) {
            assertThatThrownBy(() -> TextRules.check("headline", "a" + c + "b")).as("U+%04X", (int) c)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("text.control-characters");
                        assertThat(e.arguments()).containsExactly("headline");
                    });
        }
        assertThat(TextRules.firstForbidden("ab\u0000")).isEqualTo(2);
    }

    @Test
    void pagesHaveOneUpperBound() {
        assertThat(Paging.of(10_000, 100, 100).offset()).isEqualTo(1_000_000L);
        assertThatThrownBy(() -> Paging.of(Integer.MAX_VALUE, 20, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("page.too-large"));
        assertThatThrownBy(() -> Paging.of(-1, 20, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("page.negative"));
        assertThatThrownBy(() -> Paging.of(0, 101, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("size.range"));
        assertThat(Paging.clamp(99_999_999)).isEqualTo(Paging.MAX_PAGE);
        assertThat(Paging.clamp(-5)).isZero();
    }
}
