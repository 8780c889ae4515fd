package org.migracode.talent.core.profile;

import java.util.List;

/** Null-tolerant copying for the profile records: a missing list is empty, a null element is refused. */
final class ProfileLists {

    private ProfileLists() {
    }

    static <T> List<T> copy(List<T> list, String what) {
        if (list == null) {
            return List.of();
        }
        for (T t : list) {
            if (t == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
        }
        return List.copyOf(list);
    }

    static String isoCode(String code) {
        if (code == null) {
            throw new IllegalArgumentException("language code must be a two-letter ISO 639-1 code, got null");
        }
        String c = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!c.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("language code must be a two-letter ISO 639-1 code, got '" + code + "'");
        }
        return c;
    }
}
