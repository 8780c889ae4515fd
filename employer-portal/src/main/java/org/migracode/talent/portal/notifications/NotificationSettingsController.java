package org.migracode.talent.portal.notifications;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * "Notification settings" ({@code /notifications/settings}): e-mail immediately, as a daily digest
 * or not at all, and the language of the mails. Everyone edits only their own; a value not offered
 * is a form error (400), and nothing stored changes.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationSettingsController {

    private final NotificationPreferences preferences;

    NotificationSettingsController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping(NotificationLinks.SETTINGS)
    String page(Viewer viewer, @RequestParam(required = false) String saved, Model model) {
        UUID account = viewer.requireAccount();
        NotificationPreferences.Preference p = preferences.of(account).orElseThrow(() -> new NotificationNotFoundException(account));
        return form(model, p.mode().name(), p.locale().getLanguage(), p.address(), saved != null, null);
    }

    @PostMapping(NotificationLinks.SETTINGS)
    String save(Viewer viewer, @RequestParam(required = false) String mode, @RequestParam(required = false) String language,
            Model model, HttpServletResponse response) {
        UUID account = viewer.requireAccount();
        EmailMode chosen = Arrays.stream(EmailMode.values()).filter(m -> m.name().equals(mode)).findFirst().orElse(null);
        boolean languageOffered = language != null && NotificationPreferences.LANGUAGES.contains(language);
        if (chosen == null || !languageOffered) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            NotificationPreferences.Preference p = preferences.of(account).orElseThrow(() -> new NotificationNotFoundException(account));
            return form(model, chosen == null ? p.mode().name() : chosen.name(), languageOffered ? language : p.locale().getLanguage(),
                    p.address(), false, chosen == null ? "notifications.settings.error.mode" : "notifications.settings.error.language");
        }
        preferences.save(account, chosen, Locale.forLanguageTag(language));
        return "redirect:" + NotificationLinks.SETTINGS + "?saved";
    }

    /** The account is gone (deleted while its session lasted): nothing to show. */
    @ExceptionHandler(NotificationNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "notifications/not-found";
    }

    private static String form(Model model, String mode, String language, String address, boolean saved, String error) {
        model.addAttribute("modes", EmailMode.values());
        model.addAttribute("mode", mode);
        model.addAttribute("languages", new String[] {"en", "es", "ca"});
        model.addAttribute("language", language);
        model.addAttribute("address", address);
        model.addAttribute("saved", saved);
        model.addAttribute("error", error);
        return "notifications/settings";
    }
}
