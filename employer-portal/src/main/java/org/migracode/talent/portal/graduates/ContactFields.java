package org.migracode.talent.portal.graduates;

import java.util.regex.Pattern;

/**
 * Checks a graduate's e-mail address and phone number as staff or the graduate type them (the
 * staff's new-graduate request, the graduate's own profile). A refusal is an
 * {@link IllegalArgumentException} naming the field first ({@code "email: …"}), which the API
 * answers with 400 and the profile form shows next to the field. Blank means "none" (null).
 * Duplicate detection compares the values in their folded form
 * ({@link org.migracode.talent.index.duplicates.ContactKeys}); they are stored as typed.
 */
public final class ContactFields {

    /** Longest e-mail address accepted (RFC 5321's path limit). */
    public static final int MAX_EMAIL = 254;
    /** Longest phone number accepted, with spaces and punctuation. */
    public static final int MAX_PHONE = 40;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]*");

    private ContactFields() {
    }

    /** Trimmed, case kept; null for blank; refused unless it looks like {@code name@domain.tld}. */
    public static String email(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_EMAIL || !EMAIL.matcher(v).matches()) {
            throw new IllegalArgumentException("email: not an e-mail address");
        }
        return v;
    }

    /** Trimmed; null for blank; refused unless it is digits (at least 6) with an optional leading + and spaces, dots, dashes, brackets. */
    public static String phone(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_PHONE || !PHONE.matcher(v).matches() || v.replaceAll("\\D", "").length() < 6) {
            throw new IllegalArgumentException("phone: not a phone number");
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
