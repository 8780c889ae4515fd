package org.migracode.talent.portal.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.index.fairness.Gender;
import org.migracode.talent.index.fairness.Region;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The graduate's own pages: {@code /me} (profile form, visibility, blocked companies, data
 * download, who viewed the profile, fairness declaration) and {@code /me/erase} (confirmation).
 * Plain forms that work without JavaScript; errors are shown next to their field in the user's
 * language (status 400).
 */
@Controller
class MePageController {

    /** Fields the profile form names; an error for any other goes to the summary. */
    static final Set<String> FIELDS = Set.of("headline", "summary", "city", "email", "phone", "remotePreference", "availableFrom", "skills",
            "languages", "projects");

    private final SelfService self;
    private final Validator validator;

    MePageController(SelfService self, Validator validator) {
        this.self = self;
        this.validator = validator;
    }

    @GetMapping("/me")
    String page(Viewer viewer, Locale locale, Model model) {
        MyProfile profile = self.profile(viewer, locale);
        return page(viewer, profile, ProfileForm.of(profile), Map.of(), locale, model);
    }

    @PostMapping("/me/profile")
    String update(Viewer viewer, ProfileForm form, Locale locale, Model model, HttpServletResponse response) {
        ProfileForm.Parsed parsed = form.parse();
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        for (ConstraintViolation<ProfileRequest> v : validator.validate(parsed.request())) {
            String root = v.getPropertyPath().iterator().next().getName();
            errors.putIfAbsent(root, "me.error." + (FIELDS.contains(root) ? root : "general"));
        }
        if (errors.isEmpty()) {
            try {
                self.update(viewer, parsed.request(), locale);
                return "redirect:/me?saved";
            } catch (IllegalArgumentException e) {
                String field = e.getMessage() == null ? "" : e.getMessage().split(":", 2)[0];
                errors.put(FIELDS.contains(field) ? field : "general", "me.error." + (FIELDS.contains(field) ? field : "general"));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(viewer, self.profile(viewer, locale), form, errors, locale, model);
    }

    @PostMapping("/me/visibility")
    String visibility(Viewer viewer, @RequestParam boolean visible) {
        self.setVisible(viewer, visible);
        return "redirect:/me?visibility";
    }

    @PostMapping("/me/blocked")
    String block(Viewer viewer, @RequestParam UUID companyId) {
        self.block(viewer, companyId);
        return "redirect:/me?blocked#blocked";
    }

    @PostMapping("/me/blocked/{companyId}/remove")
    String unblock(Viewer viewer, @PathVariable UUID companyId) {
        self.unblock(viewer, companyId);
        return "redirect:/me?unblocked#blocked";
    }

    @GetMapping("/me/data")
    ResponseEntity<Map<String, Object>> download(Viewer viewer) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\"").body(self.export(viewer));
    }

    @PostMapping("/me/fairness")
    String declare(Viewer viewer, @RequestParam(defaultValue = "false") boolean consent, @RequestParam(required = false) String gender,
            @RequestParam(required = false) String region) {
        if (!consent) {
            return "redirect:/me?fairnessConsent#fairness";
        }
        self.declare(viewer, new FairnessRequest(true, parse(Gender.class, gender), parse(Region.class, region)));
        return "redirect:/me?fairnessSaved#fairness";
    }

    @PostMapping("/me/fairness/withdraw")
    String withdraw(Viewer viewer) {
        self.withdrawFairness(viewer);
        return "redirect:/me?fairnessWithdrawn#fairness";
    }

    @GetMapping("/me/erase")
    String confirmErase(Viewer viewer, Locale locale, Model model) {
        model.addAttribute("profile", self.profile(viewer, locale));
        return "me/erase";
    }

    @PostMapping("/me/erase")
    String erase(Viewer viewer, @RequestParam(defaultValue = "") String confirm, Locale locale, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            self.erase(viewer, confirm);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("profile", self.profile(viewer, locale));
            model.addAttribute("error", true);
            return "me/erase";
        }
        new SecurityContextLogoutHandler().logout(request, response, null); // the account is gone: sign out
        return "redirect:/login?erased";
    }

    @ExceptionHandler({GraduateNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "me/not-found";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput() {
        return "me/not-found";
    }

    private String page(Viewer viewer, MyProfile profile, ProfileForm form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        // the block list offers only companies not blocked yet (the blocked ones are listed above it, each with "unblock")
        java.util.Set<java.util.UUID> blocked = profile.blockedCompanies().stream().map(MyProfile.CompanyView::id)
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute("companies", self.companies().stream().filter(c -> !blocked.contains(c.id())).toList());
        model.addAttribute("views", self.profileViews(viewer));
        model.addAttribute("fairness", self.fairness(viewer).orElse(null));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("remotePreferences", RemotePreference.values());
        return "me/profile";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Enum.valueOf(type, value.strip());
    }

}
