package org.migracode.talent.portal.graduates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactFieldsTests {

    @Test
    void anAddressIsKeptAsTypedAndBlankIsNone() {
        assertThat(ContactFields.email("  Amina.Diallo@Example.ORG ")).isEqualTo("Amina.Diallo@Example.ORG");
        assertThat(ContactFields.email("  ")).isNull();
        assertThat(ContactFields.email(null)).isNull();
        for (String bad : new String[] {"nobody", "nobody@", "@example.org", "a b@example.org", "a@b@example.org", "a@example",
                "x".repeat(250) + "@example.org"}) {
            assertThatThrownBy(() -> ContactFields.email(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("email: ");
        }
    }

    @Test
    void aNumberIsDigitsWithTheUsualPunctuation() {
        assertThat(ContactFields.phone(" +34 (600) 123-456 ")).isEqualTo("+34 (600) 123-456");
        assertThat(ContactFields.phone("600.123.456")).isEqualTo("600.123.456");
        assertThat(ContactFields.phone("")).isNull();
        for (String bad : new String[] {"call me", "12345", "+", "600 123 456 ext", "++34600123456", "6".repeat(41)}) {
            assertThatThrownBy(() -> ContactFields.phone(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("phone: ");
        }
    }
}
