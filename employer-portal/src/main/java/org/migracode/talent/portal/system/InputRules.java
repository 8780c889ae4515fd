package org.migracode.talent.portal.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migracode.talent.core.profile.Cefr;

/**
 * The input rules that API bodies and UI forms share, in one place: the Bean Validation
 * constraints of the request records name these constants, and the forms read what people type
 * ("es: B2", "React: 4", "2026-09-01") with these parsers. Control characters are refused for
 * every string once, elsewhere ({@code core.input.TextRules}).
 */
public final class InputRules {

    /** A language: ISO 639-1, two letters ("es", "ca"), either case. */
    public static final String LANGUAGE_CODE = "[A-Za-z]{2}";
    /** Longest skill name. */
    public static final int SKILL_NAME_MAX = 100;
    /** Skill levels: 1 (beginner) … 5 (expert). */
    public static final int LEVEL_MIN = 1;
    public static final int LEVEL_MAX = 5;
    /** Longest text a form field takes before anything else is checked: a 100,000-character paste is handled cheaply. */
    public static final int FORM_FIELD_MAX = 20_000;

    /** "es: B2", "en C1": a language code (two or three letters, checked later) and a level. */
    private static final Pattern LANGUAGE_ITEM = Pattern.compile("^([A-Za-z]{2,3})\\s*[:\\s]\\s*([A-Za-z0-9+]+)$");
    /** "React: 4", "React (4)": a skill with a level, or just a skill. */
    private static final Pattern SKILL_ITEM = Pattern.compile("^(.+?)\\s*[:(]\\s*([0-9]+)\\s*\\)?$");

    private InputRules() {
    }

    /** A language as typed in a form, its level read as CEFR. */
    public record LanguageItem(String code, Cefr level) {
    }

    /** A skill as typed in a form; {@code levelDigits} is null when no level was typed. */
    public record SkillItem(String name, String levelDigits) {
    }

    /** "es: B2" → (es, B2); empty when it is not a code and a CEFR level. */
    public static Optional<LanguageItem> languageItem(String typed) {
        Matcher m = LANGUAGE_ITEM.matcher(typed == null ? "" : typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LanguageItem(m.group(1), Cefr.parse(m.group(2))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "React: 4" → (React, "4"); "React" → (React, null). */
    public static SkillItem skillItem(String typed) {
        String text = typed == null ? "" : typed.strip();
        Matcher m = SKILL_ITEM.matcher(text);
        return m.matches() ? new SkillItem(m.group(1).strip(), m.group(2)) : new SkillItem(text, null);
    }

    /** An ISO date ("2026-09-01") as typed; empty when it is not one. Blank input is the caller's "no date". */
    public static Optional<LocalDate> date(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed == null ? "" : typed.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Nothing typed: null, empty or only white space. */
    public static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** An id as typed or sent in a form or query ("  3f2a…-…  "); empty when blank or not a UUID. */
    public static Optional<UUID> uuid(String typed) {
        if (blank(typed)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(typed.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@link #uuid} or null, for the form records and filters whose absent id is null. */
    public static UUID uuidOrNull(String typed) {
        return uuid(typed).orElse(null);
    }

    /** The version a form sent back (optimistic locking); null when blank or not a number. */
    public static Long version(String typed) {
        if (blank(typed) || typed.length() > 19) {
            return null;
        }
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * {@link #version(String)} in a form: typed but not a number also puts {@code errorKey} under
     * "version" into the form's {@code errors}.
     */
    public static Long version(String typed, String errorKey, Map<String, String> errors) {
        Long version = version(typed);
        if (version == null && !blank(typed)) {
            errors.put("version", errorKey);
        }
        return version;
    }

    /**
     * An enum constant by name, either case; null when blank. What is not a constant is null too,
     * and puts {@code errorPrefix + field} under {@code field} into the form's {@code errors}.
     */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String typed, String field, String errorPrefix,
            Map<String, String> errors) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, errorPrefix + field);
            return null;
        }
    }
}
