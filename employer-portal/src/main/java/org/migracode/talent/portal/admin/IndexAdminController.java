package org.migracode.talent.portal.admin;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.indexing.ReindexProgress;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin view of the search index: counts against the database, and a reindex on demand (recorded in the audit log). */
@RestController
@RequestMapping("/api/v1/admin/index")
@PreAuthorize("hasRole('ADMIN')")
class IndexAdminController {

    private final IndexMaintenance maintenance;
    private final AuditRecorder audit;

    IndexAdminController(IndexMaintenance maintenance, AuditRecorder audit) {
        this.maintenance = maintenance;
        this.audit = audit;
    }

    @Operation(summary = "Search index status", description = "Database rows against index documents, a running reindex and the last one. Roles: ADMIN.")
    @GetMapping
    IndexStatus status() {
        return new IndexStatus(maintenance.counts(), maintenance.runningReindex().orElse(null),
                maintenance.lastCompletedReindex().orElse(null));
    }

    /** Starts a full reindex in the background; 409 if one is already running. */
    @Operation(summary = "Rebuild the search index", description = "Starts a reindex in the background (202); 409 while one runs. Roles: ADMIN.")
    @PostMapping("/reindex")
    ResponseEntity<IndexStatus> reindex() {
        maintenance.startReindexInBackground();
        audit.adminAction(AuditAction.ADMIN_REINDEX, "full reindex started");
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/index")).body(status());
    }

    /** What {@code GET /api/v1/admin/index} returns. */
    record IndexStatus(List<IndexCounts> counts, ReindexProgress running, ReindexProgress lastCompleted) {
    }
}
