package org.migracode.talent.portal.system;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.input.InvalidInputException;
import org.migracode.talent.core.input.TextRules;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says which field of an unreadable JSON body or which parameter is wrong, and how, as an
 * {@link InvalidInputException} (code {@code json.*} / {@code param.*}) that {@link ProblemMessages}
 * renders in the user's language.
 */
public final class RequestBodyProblems {

    private RequestBodyProblems() {
    }

    /** Why the body could not be read. */
    public static InvalidInputException describe(HttpMessageNotReadableException e) {
        InvalidInputException refused = refusal(e);
        if (refused != null) {
            return refused; // a value the input rules refused while the body was read (TextRules)
        }
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException f) {
            Class<?> t = f.getTargetType();
            String value = abbreviate(String.valueOf(f.getValue()));
            if (t != null && t.isEnum()) {
                return new InvalidInputException("json.value.enum", "{0}: ''{1}'' is not one of {2}", field(f), value,
                        Arrays.toString(t.getEnumConstants()));
            }
            String kind = kind(t);
            return new InvalidInputException("json.value." + kind, "{0}: ''{1}'' is not " + english(kind), field(f), value);
        }
        if (cause instanceof MismatchedInputException m) {
            Class<?> t = m.getTargetType();
            if (t != null && t.isEnum()) {
                return new InvalidInputException("json.expected.enum", "{0}: expected one of {1}", field(m),
                        Arrays.toString(t.getEnumConstants()));
            }
            String kind = kind(t);
            return new InvalidInputException("json.expected." + kind, "{0}: expected " + english(kind), field(m));
        }
        if (cause instanceof StreamReadException r) {
            return new InvalidInputException("json.malformed", "malformed JSON: {0}", firstLine(r.getOriginalMessage()));
        }
        if (cause instanceof JacksonException j) {
            return new InvalidInputException("json.invalid", "{0}: {1}", field(j), firstLine(j.getOriginalMessage()));
        }
        String message = String.valueOf(e.getMessage());
        return message.startsWith("Required request body is missing")
                ? new InvalidInputException("json.missing", "the request body is missing")
                : new InvalidInputException("json.unreadable", "the request body is not readable JSON for this request");
    }

    /** A path or query parameter of the wrong type ({@code id=not-a-uuid}, {@code k=abc}). */
    public static InvalidInputException describe(MethodArgumentTypeMismatchException e) {
        InvalidInputException refused = refusal(e);
        if (refused != null) { // the binder's input rules refused the text: name the parameter
            return refused.code().equals(TextRules.CONTROL_CHARACTERS) ? new InvalidInputException(refused.code(),
                    "{0} must not contain control characters such as NUL", e.getName()) : refused;
        }
        Class<?> type = e.getRequiredType();
        String kind = type == UUID.class ? "uuid" : type == int.class || type == Integer.class || type == long.class
                || type == Long.class ? "number" : "other";
        return new InvalidInputException("param." + kind, "{0} must be " + english(kind) + ", got ''{1}''", e.getName(),
                abbreviate(String.valueOf(e.getValue())));
    }

    /** The {@link InvalidInputException} among the causes of {@code e}, or null. */
    public static InvalidInputException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String kind(Class<?> t) {
        if (t == null) {
            return "other";
        }
        if (t == String.class) {
            return "string";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "number";
        }
        if (t == UUID.class) {
            return "uuid";
        }
        if (t == LocalDate.class) {
            return "date";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(t) || t.isArray()) {
            return "list";
        }
        return "object";
    }

    private static String english(String kind) {
        return switch (kind) {
            case "string" -> "a string";
            case "number" -> "a whole number";
            case "uuid" -> "a UUID";
            case "date" -> "a date (yyyy-mm-dd)";
            case "boolean" -> "true or false";
            case "list" -> "a list";
            case "object" -> "an object";
            default -> "a different value";
        };
    }

    private static String field(JacksonException e) {
        String path = e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
        return path.isEmpty() ? "body" : path;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        return abbreviate(s.lines().findFirst().orElse(""));
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
