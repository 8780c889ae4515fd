package org.migracode.talent.portal.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The one translation of a {@link PortalException} into an RFC 9457 problem, in the current
 * request's language. {@link ApiExceptionHandler} uses it for every refusal; a controller that
 * answers a framework exception as one of its own refusals (an unreadable id as "not found")
 * uses it too instead of building the body by hand.
 */
@Component
public class PortalProblems {

    private final ProblemMessages problems;
    private final MessageSource messages;

    PortalProblems(ProblemMessages problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    public ProblemDetail of(PortalException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.fieldErrors().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(f -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", f.getKey());
            m.put("message", messages.getMessage(f.getValue(), null, f.getValue(), locale));
            return m;
        }).toList();
        String detail;
        if (!errors.isEmpty()) {
            detail = String.join("; ", errors.stream().map(m -> m.get("field") + ": " + m.get("message")).toList());
        } else if (e.detailKey() != null) {
            detail = messages.getMessage(e.detailKey(), e.detailArguments(), e.getMessage(), locale);
        } else {
            detail = e.getMessage();
        }
        ProblemDetail problem = problems.problem(e.status(), e.type(), e.title(), detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        e.properties().forEach(problem::setProperty);
        return problem;
    }
}
