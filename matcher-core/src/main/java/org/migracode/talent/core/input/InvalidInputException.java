package org.migracode.talent.core.input;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An {@link IllegalArgumentException} for input a person typed or sent, with a stable
 * {@link #code()} and {@link #arguments()} so that a caller can say the same thing in the user's
 * language. {@link #getMessage()} is the English sentence, so code that only knows
 * {@code IllegalArgumentException} keeps working.
 *
 * <p>Arguments are kept as text: numbers are not re-formatted per locale ("10000", not "10.000"),
 * because they echo what the caller sent or a limit the caller must type.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final String code;
    private final List<String> arguments;

    /**
     * @param code          stable key, e.g. {@code page.negative}; bundles look up {@code problem.detail.<code>}
     * @param englishPattern a {@link MessageFormat} pattern ({@code {0}} … ; a literal quote is written {@code ''})
     * @param arguments     the values, shown with {@link String#valueOf}
     */
    public InvalidInputException(String code, String englishPattern, Object... arguments) {
        super(format(englishPattern, texts(arguments)));
        this.code = code;
        this.arguments = List.of(texts(arguments));
    }

    public String code() {
        return code;
    }

    /** The arguments as text, in {@code {0}, {1}, …} order. */
    public List<String> arguments() {
        return arguments;
    }

    private static String[] texts(Object[] arguments) {
        return arguments == null ? new String[0] : Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
    }

    private static String format(String pattern, Object[] arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
