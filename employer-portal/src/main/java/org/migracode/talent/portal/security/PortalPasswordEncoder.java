package org.migracode.talent.portal.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The embedded login's password hashes: new ones are BCrypt ({@code {bcrypt}…}) at a configured
 * cost ({@code talent.security.password-hash-strength}, default 10, as Spring Security's own
 * delegating encoder); a stored hash of any id Spring Security knows still matches, its cost read
 * from the hash itself, so changing the setting never locks anybody out.
 *
 * <p>Why the cost is a setting: every sign-in and every password written costs one BCrypt, about
 * 0.1 s of CPU at cost 10 on 2 cores. That is the point in production. The integration tests sign
 * in hundreds of times and write the demo accounts of about twenty contexts; at cost 10 BCrypt was
 * about 12 % of the portal's integration-test JVM (JFR, 2026-12-07), so the tests use cost 4
 * ({@code TestDatabaseInitializer}). Below 10 is for tests only: the application warns at start.
 */
final class PortalPasswordEncoder implements PasswordEncoder {

    /** Spring Security's default BCrypt cost. */
    static final int DEFAULT_STRENGTH = 10;
    private static final String BCRYPT = "{bcrypt}";

    private final PasswordEncoder known = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final BCryptPasswordEncoder bcrypt;
    private final int strength;

    /**
     * The encoder for the setting's text, or a clear refusal naming the setting (Spring's own
     * messages were "Bad strength" and a NumberFormatException deep in a start-up stack trace).
     */
    static PortalPasswordEncoder fromSetting(String setting) {
        String text = setting == null ? "" : setting.strip();
        if (!text.matches("[0-9]{1,2}") || Integer.parseInt(text) < 4 || Integer.parseInt(text) > 31) {
            throw new IllegalStateException("talent.security.password-hash-strength must be a whole number from 4 to 31 "
                    + "(BCrypt's cost; default 10), got '" + setting + "'");
        }
        return new PortalPasswordEncoder(Integer.parseInt(text));
    }

    /** @param strength BCrypt's log2 cost, 4 to 31 */
    PortalPasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
        this.strength = strength;
    }

    int strength() {
        return strength;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return BCRYPT + bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return known.matches(rawPassword, encodedPassword);
    }

    /** A hash of another id, or a BCrypt hash of a lower cost than the configured one, wants re-hashing. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encodedPassword == null || !encodedPassword.startsWith(BCRYPT)
                || bcrypt.upgradeEncoding(encodedPassword.substring(BCRYPT.length()));
    }
}
