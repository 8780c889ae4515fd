package org.migracode.talent.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AmountTextTests {

    private final Pattern fee = AmountText.anyNotation("8765.43");

    @Test
    void findsTheAmountInEveryLocalesNotation() {
        for (String text : new String[] {"8765.43 EUR", "€8,765.43", "8.765,43 €", "8 765,43", "8\u00a0765,43", "8\u202f765,43",
                "\"amount\":8765.43", "x,8765,EUR", "fee: 8765"}) {
            assertThat(text).as(text).containsPattern(fee);
        }
    }

    @Test
    void neverMatchesInsideAHexIdOrAUuid() {
        for (String text : new String[] {"/placements/1f8765ab-0000-4000-8000-000000000000", "Analyst 98765aa1", "id a8765",
                "c0ffee00-8765-4000-8000-000000000000", "87654", "18765"}) {
            assertThat(text).as(text).doesNotContainPattern(fee);
        }
    }

    @Test
    void groupsThousandsFromTheRight() {
        assertThat("1,234,567.00").containsPattern(AmountText.anyNotation("1234567.00"));
        assertThat("123 456").containsPattern(AmountText.anyNotation("123456"));
        assertThat("12.345").containsPattern(AmountText.anyNotation("12345.00"));
        assertThat("1234").doesNotContainPattern(AmountText.anyNotation("123"));
    }
}
