package org.migracode.talent.portal.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a notification in one language: {@code notification.<kind>.title} and {@code .text}
 * from the {@code i18n/notifications} bundles, with named placeholders ({@code {listing}}) filled from
 * the notice's arguments. An argument the notice does not carry (a recruiter is not told the name of
 * a graduate the company may no longer see) reads as {@code notification.arg.<name>} ("a graduate"),
 * else as nothing. The bundle texts are used as written (no {@code MessageFormat}), so an apostrophe
 * is typed once.
 */
@Component
public class NoticeTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String title(String kind, Map<String, String> args, Locale locale) {
        return fill(raw("notification." + kind + ".title", kind, locale), args, locale);
    }

    public String text(String kind, Map<String, String> args, Locale locale) {
        return fill(raw("notification." + kind + ".text", "", locale), args, locale);
    }

    /** A plain bundle text ({@code code}) with its named placeholders filled from {@code args}. */
    public String message(String code, Map<String, String> args, Locale locale) {
        return fill(raw(code, code, locale), args, locale);
    }

    private String raw(String code, String fallback, Locale locale) {
        return messages.getMessage(code, null, fallback, locale);
    }

    private String fill(String template, Map<String, String> args, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = args.get(name);
            if (value == null || value.isBlank()) {
                value = raw("notification.arg." + name, "", locale);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
