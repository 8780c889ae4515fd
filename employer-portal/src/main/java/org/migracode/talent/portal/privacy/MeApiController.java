package org.migracode.talent.portal.privacy;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.audit.ProfileView;
import org.migracode.talent.index.fairness.FairnessDeclaration;
import org.migracode.talent.portal.privacy.MyProfile.CompanyView;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A graduate's self-service over REST ({@code /api/v1/me/…}). Role: GRADUATE, always about the
 * caller's own profile (there is no id to send); other roles get 403. Bad input is 400 with a
 * problem body naming the field.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

    private final SelfService self;

    MeApiController(SelfService self) {
        this.self = self;
    }

    @Operation(summary = "My profile", description = "Everything the graduate can edit, visibility and blocked companies. Roles: GRADUATE.")
    @GetMapping("/profile")
    MyProfile profile(Viewer viewer, Locale locale) {
        return self.profile(viewer, locale);
    }

    @Operation(summary = "Edit my profile", description = "Replaces the fields the JSON names (headline, summary, city, remotePreference, availableFrom, wantsJob, wantsInternship, skills as taxonomy names with levels 1-5, languages as ISO code and CEFR, projects, email, phone); a field left out stays as stored, null clears it ([] clears a list; wantsJob/wantsInternship null: unchanged). A skill the school recorded keeps its source. A new e-mail address or phone number is compared with the school's other records; a likely duplicate goes to the staff's review queue (nothing is merged, nothing is shown). Roles: GRADUATE.")
    @PutMapping("/profile")
    MyProfile update(Viewer viewer, @Valid @RequestBody ProfileRequest request, Locale locale) {
        return self.update(viewer, request, locale);
    }

    /** The visibility switch. */
    record Visibility(Boolean visible) {
    }

    @Operation(summary = "Show me to employers, or not", description = "{\"visible\": false} hides the graduate from every recruiter's search, profile and matches at once. Roles: GRADUATE.")
    @PutMapping("/visibility")
    Visibility visibility(Viewer viewer, @RequestBody Visibility request) {
        return new Visibility(self.setVisible(viewer, request == null ? null : request.visible()));
    }

    @Operation(summary = "Companies I blocked", description = "Their recruiters never see the graduate. Roles: GRADUATE.")
    @GetMapping("/blocked-companies")
    List<CompanyView> blocked(Viewer viewer) {
        return self.blockedCompanies(viewer);
    }

    @Operation(summary = "Block a company", description = "Its recruiters no longer find the graduate in search or matches, and the profile answers them 404. Roles: GRADUATE.")
    @PutMapping("/blocked-companies/{companyId}")
    List<CompanyView> block(Viewer viewer, @PathVariable UUID companyId) {
        return self.block(viewer, companyId);
    }

    @Operation(summary = "Unblock a company", description = "Roles: GRADUATE.")
    @DeleteMapping("/blocked-companies/{companyId}")
    List<CompanyView> unblock(Viewer viewer, @PathVariable UUID companyId) {
        return self.unblock(viewer, companyId);
    }

    @Operation(summary = "Download all my data", description = "JSON: profile, proposals and their history, placements, audit entries about me, fairness declaration. Roles: GRADUATE.")
    @GetMapping("/export")
    ResponseEntity<Map<String, Object>> export(Viewer viewer) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\"").body(self.export(viewer));
    }

    @Operation(summary = "Who viewed my profile", description = "Company and time of each recruiter's view, newest first. Roles: GRADUATE.")
    @GetMapping("/profile-views")
    List<ProfileView> views(Viewer viewer) {
        return self.profileViews(viewer);
    }

    /** The erasure confirmation: the literal word ERASE, so that no stray request erases an account. */
    record Erasure(String confirm) {
    }

    @Operation(summary = "Erase my account", description = "Deletes the profile, the account and every feature's personal data; send {\"confirm\":\"ERASE\"}. Answers 204. Roles: GRADUATE.")
    @PostMapping("/erasure")
    ResponseEntity<Void> erase(Viewer viewer, @RequestBody Erasure request, HttpServletRequest http) {
        self.erase(viewer, request == null ? null : request.confirm());
        var session = http.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "My fairness self-declaration", description = "Optional; 404 when none is given. Only ever used in aggregate. Roles: GRADUATE.")
    @GetMapping("/fairness")
    FairnessDeclaration fairness(Viewer viewer) {
        return self.fairness(viewer).orElseThrow(GraduateNotFoundException::new);
    }

    @Operation(summary = "Give the fairness self-declaration", description = "Needs \"consent\": true; never shown to recruiters or coaches, never used in matching. Roles: GRADUATE.")
    @PutMapping("/fairness")
    FairnessDeclaration declare(Viewer viewer, @RequestBody FairnessRequest request) {
        return self.declare(viewer, request);
    }

    @Operation(summary = "Withdraw the fairness self-declaration", description = "Deletes it. Answers 204. Roles: GRADUATE.")
    @DeleteMapping("/fairness")
    ResponseEntity<Void> withdraw(Viewer viewer) {
        self.withdrawFairness(viewer);
        return ResponseEntity.noContent().build();
    }
}
