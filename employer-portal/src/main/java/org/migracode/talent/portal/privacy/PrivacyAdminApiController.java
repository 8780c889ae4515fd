package org.migracode.talent.portal.privacy;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditFilter;
import org.migracode.talent.index.audit.AuditPage;
import org.migracode.talent.index.fairness.FairnessReport;
import org.migracode.talent.index.privacy.RetentionCandidate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * School staff's privacy API: admins erase and export on request, query the audit log and read the
 * fairness report; coaches and admins list the profiles retention flagged. Recruiters, coaches
 * (except the retention list) and graduates get 403.
 */
@RestController
class PrivacyAdminApiController {

    private final PrivacyAdminService service;

    PrivacyAdminApiController(PrivacyAdminService service) {
        this.service = service;
    }

    @Operation(summary = "Erase a graduate on request", description = "Deletes the graduate's personal data from the database and the index and every feature's part; logged without personal data. 204; 404 for an unknown id. Roles: ADMIN.")
    @PostMapping("/api/v1/admin/graduates/{id}/erasure")
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        service.erase(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A graduate's data download, on request", description = "The same JSON the graduate downloads; audited as an export. Roles: ADMIN.")
    @GetMapping("/api/v1/admin/graduates/{id}/export")
    ResponseEntity<Map<String, Object>> export(@PathVariable UUID id) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"graduate-data.json\"")
                .body(service.export(id));
    }

    @Operation(summary = "Query the audit log", description = "Filters: actor (account id), graduate, action, from (inclusive) and to (exclusive) as ISO instants; newest first, paged (size 1-200). Reading the log is itself logged. Roles: ADMIN.")
    @GetMapping("/api/v1/admin/audit")
    AuditPage audit(@RequestParam(required = false) UUID actor, @RequestParam(required = false) UUID graduate,
            @RequestParam(required = false) AuditAction action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return service.audit(new AuditFilter(actor, graduate, action, AuditPeriodParameter.parse("from", from), AuditPeriodParameter.parse("to", to)), page, size);
    }

    @Operation(summary = "Fairness report", description = "Proposal, interview and hire rates per self-declared group with the four-fifths ratio, flagged below 0.8; groups under 5 suppressed. Roles: ADMIN.")
    @GetMapping("/api/v1/admin/fairness")
    FairnessReport fairness() {
        return service.fairnessReport();
    }

    @Operation(summary = "Profiles flagged as inactive", description = "Retention: inactive profiles and when they will be anonymised unless the graduate becomes active. Roles: COACH, ADMIN.")
    @GetMapping("/api/v1/retention/flagged")
    List<RetentionCandidate> flagged() {
        return service.flagged();
    }
}
