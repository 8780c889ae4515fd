package org.migracode.talent.portal.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditFilter;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.audit.AuditPage;
import org.migracode.talent.index.fairness.FairnessMonitor;
import org.migracode.talent.index.fairness.FairnessReport;
import org.migracode.talent.index.privacy.ErasureReason;
import org.migracode.talent.index.privacy.GraduateErasure;
import org.migracode.talent.index.privacy.PersonalDataExport;
import org.migracode.talent.index.privacy.Retention;
import org.migracode.talent.index.privacy.RetentionCandidate;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What school staff do about privacy: admins erase or export a graduate's data on request, read
 * the audit log and the fairness report (each of these is itself audited); coaches and admins see
 * the profiles retention flagged as inactive.
 */
@Service
class PrivacyAdminService {

    static final int FLAGGED_SHOWN = 500;

    private final GraduateErasure erasure;
    private final PersonalDataExport export;
    private final AuditLog log;
    private final AuditRecorder audit;
    private final FairnessMonitor fairness;
    private final Retention retention;

    private final AuditTimeline timeline;

    PrivacyAdminService(GraduateErasure erasure, PersonalDataExport export, AuditLog log, AuditRecorder audit,
            FairnessMonitor fairness, Retention retention, AuditTimeline timeline) {
        this.timeline = timeline;
        this.erasure = erasure;
        this.export = export;
        this.log = log;
        this.audit = audit;
        this.fairness = fairness;
        this.retention = retention;
    }

    /** Erases a graduate on their request; the audit entry names the admin, not the graduate. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void erase(UUID graduateId) {
        if (!erasure.erase(graduateId, ErasureReason.ADMIN_ON_REQUEST, AuditRecorder.currentActor())) {
            throw new GraduateNotFoundException();
        }
    }

    /** A graduate's data download, made by an admin on the graduate's request (audited as an export). */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Object> export(UUID graduateId) {
        Map<String, Object> data = export.export(graduateId).orElseThrow(GraduateNotFoundException::new);
        audit.exported(graduateId, "data download on request");
        return data;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AuditPage audit(AuditFilter filter, int page, int size) {
        AuditPage result = log.query(filter, page, size);
        audit.adminAction(AuditAction.ADMIN_AUDIT_QUERIED, describe(filter, page));
        return result;
    }

    /** The audit log as the admin page shows it (names, sentences, one entry per search); audited like {@link #audit}. */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditTimeline.Page auditTimeline(AuditFilter filter, int page, int size, java.util.Locale locale) {
        AuditTimeline.Page result = timeline.read(filter, page, size, locale);
        audit.adminAction(AuditAction.ADMIN_AUDIT_QUERIED, describe(filter, page));
        return result;
    }

    /** A typed actor or graduate (an id, a username or a unique name) as an id; null when blank. */
    @PreAuthorize("hasRole('ADMIN')")
    public UUID resolve(String kind, String typed) {
        return timeline.resolve(kind, typed);
    }

    /** The filter as the log stores it: {@code key=value} pairs, the way the audit page reads them back. */
    static String describe(AuditFilter f, int page) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (f.actorAccountId() != null) {
            parts.add("actor=" + f.actorAccountId());
        }
        if (f.graduateId() != null) {
            parts.add("graduate=" + f.graduateId());
        }
        if (f.action() != null) {
            parts.add("action=" + f.action().name());
        }
        if (f.from() != null) {
            parts.add("from=" + f.from());
        }
        if (f.to() != null) {
            parts.add("to=" + f.to());
        }
        parts.add("page=" + page);
        return String.join("&", parts);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public FairnessReport fairnessReport() {
        FairnessReport report = fairness.report();
        audit.adminAction(AuditAction.ADMIN_FAIRNESS_REPORT, null);
        return report;
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public List<RetentionCandidate> flagged() {
        return retention.flagged(FLAGGED_SHOWN);
    }
}
