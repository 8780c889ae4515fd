package org.migracode.talent.portal.notifications;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link every notification mail carries ({@code /unsubscribe/{token}}, no sign-in:
 * the account's random token is the proof). GET only shows a page with a button (mail scanners and
 * link previews follow links; they must not switch anything off); the POST switches the account's
 * e-mail off. An unknown token is 404 on both. The page shows no personal data.
 */
@Controller
class UnsubscribeController {

    private final NotificationPreferences preferences;

    UnsubscribeController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping(NotificationLinks.UNSUBSCRIBE + "{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (preferences.accountOf(token).isEmpty()) {
            return unknown(response);
        }
        model.addAttribute("token", token);
        return "notifications/unsubscribe";
    }

    @PostMapping(NotificationLinks.UNSUBSCRIBE + "{token}")
    String unsubscribe(@PathVariable String token, HttpServletResponse response) {
        if (!preferences.switchOff(token)) {
            return unknown(response);
        }
        return "notifications/unsubscribed";
    }

    private static String unknown(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "notifications/unsubscribe-unknown";
    }
}
