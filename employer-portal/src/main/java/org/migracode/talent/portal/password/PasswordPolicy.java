package org.migracode.talent.portal.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a new password of the embedded login must be (NIST SP 800-63B, 5.1.1.2): at least
 * {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters (code points, so any script and
 * spaces count), not one of the 10,000 most common passwords (also once its trailing digits and
 * symbols are taken off, so {@code qwertyuiop2024!} is refused like {@code qwertyuiop}; one
 * character repeated counts as common too), and not
 * the user name or e-mail address. No rules about character classes: length does the work.
 * Existing passwords are not checked again; the policy applies when one is set.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "passwords/common-passwords.txt";

    /** Why a password is refused; {@link #messageKey()} names its text in {@code i18n/passwords}. */
    public enum Violation {
        TOO_SHORT, TOO_LONG, COMMON, LIKE_ACCOUNT, CONTROL_CHARACTERS;

        public String messageKey() {
            return "password.violation." + name();
        }
    }

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The first rule {@code password} breaks for this account, or empty when it is acceptable. */
    public Optional<Violation> check(String password, String username, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(Violation.CONTROL_CHARACTERS);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(withoutTrailingDigitsAndSymbols(lower))
                || password.codePoints().distinct().count() == 1) {
            return Optional.of(Violation.COMMON);
        }
        if (same(lower, username) || same(lower, email) || (email != null && email.contains("@")
                && same(lower, email.substring(0, email.indexOf('@'))))) {
            return Optional.of(Violation.LIKE_ACCOUNT);
        }
        return Optional.empty();
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static boolean same(String lowerPassword, String value) {
        return value != null && !value.isBlank() && withoutTrailingDigitsAndSymbols(lowerPassword)
                .equals(withoutTrailingDigitsAndSymbols(value.toLowerCase(Locale.ROOT)));
    }

    static String withoutTrailingDigitsAndSymbols(String text) {
        int end = text.length();
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
