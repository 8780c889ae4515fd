package org.migracode.talent.portal.accounts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Timestamps on these pages: in the school's time zone, in the page's language. */
@Component
class Dates {

    private final School school;

    Dates(School school) {
        this.school = school;
    }

    public String format(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).format(at.atZone(school.settings().zone()));
    }

    public String zone() {
        return school.settings().zone().getId();
    }
}
