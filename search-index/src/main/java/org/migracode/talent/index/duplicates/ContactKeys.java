package org.migracode.talent.index.duplicates;

import java.util.Locale;

/**
 * E-mail addresses and phone numbers in the form in which two spellings of the same one are equal.
 * Pure functions; null in, null out.
 */
public final class ContactKeys {

    /** Fewest digits a phone number needs before it is compared at all. */
    static final int MIN_PHONE_DIGITS = 8;

    /** Longest country prefix one number may carry that the other does not (ITU: at most 3 digits). */
    static final int MAX_PREFIX_DIGITS = 3;

    private ContactKeys() {
    }

    /**
     * Case-insensitive, trimmed; for Gmail addresses (gmail.com, googlemail.com) the dots and a
     * {@code +tag} in the local part are dropped, because Gmail delivers those to the same inbox.
     */
    public static String email(String email) {
        if (email == null || email.isBlank() || email.indexOf('@') < 1) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.lastIndexOf('@');
        String local = e.substring(0, at);
        String domain = e.substring(at + 1);
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            int plus = local.indexOf('+');
            local = (plus >= 0 ? local.substring(0, plus) : local).replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** The digits of a phone number, without an international {@code 00} or leading zeros; null when too short. */
    public static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "").replaceFirst("^0+", "");
        return digits.length() >= MIN_PHONE_DIGITS ? digits : null;
    }

    /**
     * Two numbers are the same when their digits are equal, or when one is the other with a country
     * prefix of at most three digits in front ("+34 600 123 456" and "600123456").
     */
    public static boolean samePhone(String a, String b) {
        String x = phoneDigits(a);
        String y = phoneDigits(b);
        if (x == null || y == null) {
            return false;
        }
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.endsWith(shorter) && longer.length() - shorter.length() <= MAX_PREFIX_DIGITS;
    }
}
