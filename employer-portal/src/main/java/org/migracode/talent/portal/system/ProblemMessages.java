package org.migracode.talent.portal.system;

import java.net.URI;
import java.util.Locale;
import org.migracode.talent.core.input.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The words of problem bodies and form errors in the user's language, from the bundle
 * {@code i18n/problems*.properties}: {@code problem.title.<type>} for the title of each stable
 * problem type, {@code problem.detail.<code>} for an {@link InvalidInputException}'s code. The
 * English text given by the code is the fallback, so a missing key never hides the reason.
 * The {@code type} URIs are never translated.
 */
@Component
public class ProblemMessages {

    /** Prefix of the title keys: {@code problem.title.invalid-input}. */
    public static final String TITLE = "problem.title.";
    /** Prefix of the detail keys: {@code problem.detail.page.negative}. */
    public static final String DETAIL = "problem.detail.";

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The title of a problem type in {@code locale}, or {@code english}. */
    public String title(String type, String english, Locale locale) {
        return messages.getMessage(TITLE + type, null, english, locale);
    }

    /** Why {@code e} refused the input, in {@code locale} when its code is known, else its message. */
    public String detail(Throwable e, Locale locale) {
        if (e instanceof InvalidInputException invalid) {
            return text(invalid.code(), invalid.arguments().toArray(), invalid.getMessage(), locale);
        }
        return e.getMessage();
    }

    /** {@code problem.detail.<code>} with {@code arguments}, or {@code english}. */
    public String text(String code, Object[] arguments, String english, Locale locale) {
        return messages.getMessage(DETAIL + code, arguments, english, locale);
    }

    /** A problem with a stable type, its title and detail in the current request's language. */
    public ProblemDetail problem(HttpStatus status, String type, String englishTitle, String detail) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ProblemTypes.BASE + type));
        problem.setTitle(title(type, englishTitle, locale));
        return problem;
    }

    /** A problem whose detail is {@code e}'s reason, in the current request's language. */
    public ProblemDetail problem(HttpStatus status, String type, String englishTitle, Throwable e) {
        return problem(status, type, englishTitle, detail(e, LocaleContextHolder.getLocale()));
    }

    /**
     * The 413 problem when {@code e} (or a cause) is a body that grew past the size limit while it
     * was read, else {@code null}.
     */
    public ProblemDetail payloadTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PayloadTooLargeException p) {
                ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, RequestSizeLimitFilter.TYPE, "Request too large",
                        RequestSizeLimitFilter.detail(this, p.limit(), LocaleContextHolder.getLocale()));
                problem.setProperty("maxBytes", p.limit());
                return problem;
            }
        }
        return null;
    }
}
