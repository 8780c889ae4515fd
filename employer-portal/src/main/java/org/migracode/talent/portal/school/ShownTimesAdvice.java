package org.migracode.talent.portal.school;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@link ShownTimes.Formats} on every page's model as {@code dates}, and the zone's name as {@code shownZone}. */
@ControllerAdvice(annotations = Controller.class)
class ShownTimesAdvice {

    private final ShownTimes times;

    ShownTimesAdvice(ShownTimes times) {
        this.times = times;
    }

    @ModelAttribute("dates")
    ShownTimes.Formats dates(Locale locale) {
        return times.in(locale);
    }

    /**
     * The zone's name for the layout's footer, apart from {@code dates}: a page whose controller
     * puts its own {@code dates} on the model still gets the footer right.
     */
    @ModelAttribute("shownZone")
    String shownZone(Locale locale) {
        return times.in(locale).zoneName();
    }
}
