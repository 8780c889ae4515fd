package org.migracode.talent.portal.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.password.PasswordPolicy.Violation;

/** The password rules, without Spring. */
class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theCommonPasswordListIsShippedAndLoaded() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(9_000);
    }

    @Test
    void lengthIsCountedInCharactersNotBytesOrUtf16Units() {
        assertThat(policy.check("elevenchars", "u", null)).contains(Violation.TOO_SHORT);
        assertThat(policy.check("ñandú açaí €", "u", null)).isEmpty();
        assertThat(policy.check("😀😀😀😀😀😀😀😀😀😀😀a", "u", null)).as("12 code points, 23 UTF-16 units").isEmpty();
        assertThat(policy.check("a b".repeat(42) + "c", "u", null)).as("127 characters").isEmpty();
        assertThat(policy.check("x".repeat(64) + "y".repeat(65), "u", null)).contains(Violation.TOO_LONG);
        assertThat(policy.check(null, "u", null)).contains(Violation.TOO_SHORT);
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsOrSymbolsAddedOrInCapitals() {
        assertThat(policy.check("qwertyuiop12", "u", null)).contains(Violation.COMMON);
        assertThat(policy.check("QwertyUIOP2024!", "u", null)).contains(Violation.COMMON);
        assertThat(policy.check("password123456", "u", null)).contains(Violation.COMMON);
        assertThat(policy.check("aaaaaaaaaaaaaaa", "u", null)).contains(Violation.COMMON);
        assertThat(policy.check("violet kettle under seven bridges", "u", null)).isEmpty();
    }

    @Test
    void theUserNameOrAddressIsRefused() {
        assertThat(policy.check("maria.garcia2025", "maria.garcia", null)).contains(Violation.LIKE_ACCOUNT);
        assertThat(policy.check("Maria.Garcia.Lopez", "mg", "maria.garcia.lopez@example.org")).contains(Violation.LIKE_ACCOUNT);
        assertThat(policy.check("maria.garcia.lopez@example.org", "mg", "maria.garcia.lopez@example.org"))
                .contains(Violation.LIKE_ACCOUNT);
        assertThat(policy.check("a tab\tin a long password", "u", null)).contains(Violation.CONTROL_CHARACTERS);
        assertThat(policy.check("maria garcia rides a bike", "maria", "maria@example.org")).isEqualTo(Optional.empty());
    }
}
