package org.migracode.talent.portal.school;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's settings page: a form for every setting, and the logo upload. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SettingsPageController {

    private final SchoolSettingsService service;
    SettingsPageController(SchoolSettingsService service) {
        this.service = service;
    }

    @GetMapping("/admin/settings")
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            Settings s = service.read();
            model.addAttribute("form", new Form(s.name(), s.zone().getId(), s.defaultLocale().getLanguage(),
                    s.placementGoalPercent(), s.suppressionThreshold(), String.join(", ",
                    s.checkInMonths().stream().map(String::valueOf).toList()), s.rankingPolicy().name(), s.version()));
        }
        model.addAttribute("settings", service.read());
        model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        return "admin/settings";
    }

    @PostMapping("/admin/settings")
    String save(Form form, Viewer viewer, RedirectAttributes redirect) {
        try {
            service.update(form.request(), viewer.accountId());
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/admin/settings";
    }

    @PostMapping("/admin/settings/logo")
    String logo(@RequestParam(value = "file", required = false) MultipartFile file, @RequestParam(required = false) String remove,
            Viewer viewer, RedirectAttributes redirect) throws IOException {
        try {
            if (remove != null) {
                service.removeLogo(viewer.accountId());
            } else {
                service.uploadLogo(file == null ? null : file.getBytes(), viewer.accountId());
            }
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/settings";
    }

    /** The form's fields as typed. */
    record Form(String name, String timeZone, String defaultLanguage, Integer placementGoalPercent, Integer suppressionThreshold,
            String checkInMonths, String rankingPolicy, Long version) {

        SettingsRequest request() {
            List<Integer> months;
            try {
                months = checkInMonths == null ? List.of() : Arrays.stream(checkInMonths.split("[,\\s]+")).filter(s -> !s.isBlank())
                        .map(Integer::valueOf).toList();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("checkInMonths must be whole months separated by commas, got " + checkInMonths);
            }
            RankingPolicy policy;
            try {
                policy = rankingPolicy == null ? null : RankingPolicy.valueOf(rankingPolicy);
            } catch (IllegalArgumentException e) {
                policy = null;
            }
            return new SettingsRequest(name, timeZone, defaultLanguage, placementGoalPercent, suppressionThreshold, months, policy,
                    version);
        }
    }
}
