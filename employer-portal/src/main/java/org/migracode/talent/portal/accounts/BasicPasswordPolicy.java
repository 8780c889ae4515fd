package org.migracode.talent.portal.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * The minimum: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH} (BCrypt reads
 * 72 bytes), not one character repeated, not a run like {@code 123456789012}, not a handful of
 * the most common passwords, and not the user name itself. Replaced by any other
 * {@link PasswordPolicy} bean.
 */
@Component
@ConditionalOnMissingBean(value = PasswordPolicy.class, ignored = BasicPasswordPolicy.class)
class BasicPasswordPolicy implements PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 72;

    private static final Set<String> COMMON = Set.of("password1234", "passwordpassword", "123456789012", "qwertyuiopas",
            "iloveyou1234", "administrator", "welcome12345", "changeme1234", "letmein12345", "contraseña123", "contrasenya12",
            "migracode123", "migracode2025", "migracode2026", "qwerty123456", "password123!", "abcdefghijkl");

    @Override
    public Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2 || sequential(lower) || COMMON.contains(lower)) {
            return Optional.of("password.weak");
        }
        if (username != null && !username.isBlank()) {
            String name = username.toLowerCase(Locale.ROOT);
            String local = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
            if (lower.equals(name) || (local.length() >= 4 && lower.contains(local))) {
                return Optional.of("password.containsName");
            }
        }
        return Optional.empty();
    }

    /** Each character one more (or one less) than the one before: abcdef…, 98765…. */
    private static boolean sequential(String s) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < s.length(); i++) {
            int d = s.charAt(i) - s.charAt(i - 1);
            up += d == 1 ? 1 : 0;
            down += d == -1 ? 1 : 0;
        }
        return up >= s.length() - 2 || down >= s.length() - 2;
    }
}
