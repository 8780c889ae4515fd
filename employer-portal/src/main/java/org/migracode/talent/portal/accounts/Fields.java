package org.migracode.talent.portal.accounts;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of the free-text fields of this feature; a refusal is an {@link IllegalArgumentException}
 * naming the field first ({@code "email: …"}), which the problem advice answers with 400. Control
 * characters never get here (the input rules refuse them for every request).
 */
final class Fields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private Fields() {
    }

    static String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        return v;
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return v;
    }

    /** Lower case, trimmed; refused unless it looks like {@code name@domain.tld}. */
    static String email(String field, String value, boolean required) {
        String v = required ? required(field, value, 320) : optional(field, value, 320);
        if (v == null) {
            return null;
        }
        if (!EMAIL.matcher(v).matches()) {
            throw new IllegalArgumentException(field + ": not an e-mail address");
        }
        return v.toLowerCase(Locale.ROOT);
    }

    static String website(String value) {
        String v = optional("website", value, 500);
        if (v == null) {
            return null;
        }
        try {
            URI uri = URI.create(v);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return v;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new IllegalArgumentException("website: an http:// or https:// address");
    }
}
