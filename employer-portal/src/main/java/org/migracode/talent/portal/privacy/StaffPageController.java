package org.migracode.talent.portal.privacy;

import static org.migracode.talent.portal.system.InputRules.blank;

import java.util.Locale;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditFilter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Staff pages: the audit log and the fairness report (admins), and the retention list (coaches
 * and admins). Method security on {@link PrivacyAdminService} refuses everyone else (403).
 */
@Controller
class StaffPageController {

    static final int PAGE_SIZE = 50;

    private final PrivacyAdminService service;
    private final org.springframework.context.MessageSource messages;

    StaffPageController(PrivacyAdminService service, org.springframework.context.MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String graduate,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") String page, Locale locale,
            Model model) {
        model.addAttribute("actions", actionLabels(locale));
        model.addAttribute("q", new AuditQuery(actor, graduate, action, from, to));
        try {
            AuditFilter filter = new AuditFilter(service.resolve("actor", actor), service.resolve("graduate", graduate),
                    blank(action) ? null : AuditAction.valueOf(action.strip()),
                    AuditPeriodParameter.parse("from", from), AuditPeriodParameter.parse("to", to));
            model.addAttribute("result", service.auditTimeline(filter, Math.max(0, Integer.parseInt(page.strip())), PAGE_SIZE, locale));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", true);
        }
        return "privacy/audit";
    }

    /** Every action with its label in the reader's language (an action without one reads as its name in words). */
    private java.util.Map<String, String> actionLabels(Locale locale) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (AuditAction a : AuditAction.values()) {
            out.put(a.name(), messages.getMessage("audit.action." + a.name(), null, AuditTimeline.humanise(a.name()), locale));
        }
        return out;
    }

    /** The filter as typed, to fill the form again. */
    record AuditQuery(String actor, String graduate, String action, String from, String to) {
    }

    @GetMapping("/admin/fairness")
    String fairness(Model model) {
        model.addAttribute("report", service.fairnessReport());
        return "privacy/fairness";
    }

    @GetMapping("/retention")
    String retention(Locale locale, Model model) {
        model.addAttribute("flagged", service.flagged());
        return "privacy/retention";
    }

    @ExceptionHandler(GraduateNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "me/not-found";
    }
}
