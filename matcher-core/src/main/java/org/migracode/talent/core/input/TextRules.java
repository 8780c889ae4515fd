package org.migracode.talent.core.input;

/**
 * The one rule for text a person sends: no control characters. PostgreSQL cannot store NUL
 * (U+0000) in {@code text} (SQLSTATE 22021), and the other C0 and C1 controls and DEL are never
 * meant in a name, a title or a note; they only hide text or break exports. Tab, line feed and
 * carriage return are allowed, since multi-line fields (summaries, descriptions, notes, CSV files)
 * carry them.
 *
 * <p>The portal applies this rule once, to every string of every JSON body and every form or query
 * parameter (its Jackson module and its binder advice), and to CSV files before they are parsed;
 * feature code does not repeat it.
 */
public final class TextRules {

    /** Code of the refusal: bundles look up {@code problem.detail.text.control-characters}. */
    public static final String CONTROL_CHARACTERS = "text.control-characters";

    private TextRules() {
    }

    /** True for the characters {@link #check} refuses. */
    public static boolean forbidden(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    /** The index of the first refused character in {@code text}, or -1 (also for null). */
    public static int firstForbidden(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code value} unchanged when it holds no refused character.
     *
     * @param field the name shown to the caller ("headline", "projects[0].title")
     * @throws InvalidInputException {@value #CONTROL_CHARACTERS} otherwise
     */
    public static String check(String field, String value) {
        if (firstForbidden(value) >= 0) {
            throw new InvalidInputException(CONTROL_CHARACTERS, "{0} must not contain control characters such as NUL",
                    field == null || field.isBlank() ? "text" : field);
        }
        return value;
    }
}
