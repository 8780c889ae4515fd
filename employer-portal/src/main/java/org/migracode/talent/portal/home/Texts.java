package org.migracode.talent.portal.home;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** Home-page texts in one language, for the {@link HomeSection}s. */
public record Texts(MessageSource messages, Locale locale) {

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
