package org.migracode.talent.index.audit;

import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.stereotype.Component;

/** The audit entries about a graduate in their data download; on erasure the entries stay, about nobody. */
@Component
class AuditPersonalData implements PersonalDataContributor {

    private final AuditLog log;

    AuditPersonalData(AuditLog log) {
        this.log = log;
    }

    @Override
    public String section() {
        return "auditEntries";
    }

    @Override
    public Object export(UUID graduateId) {
        return log.about(graduateId).stream().map(e -> new ExportedEntry(e.at(), e.action(), e.actorRole(),
                e.actorCompanyId(), e.listingId(), e.proposalId(), e.modelVersion(), e.detail())).toList();
    }

    /** An entry as the graduate receives it: what happened, when, by which role and company; not the person's account. */
    record ExportedEntry(java.time.Instant at, AuditAction action, String actorRole, UUID actorCompanyId, UUID listingId,
                         UUID proposalId, String modelVersion, String detail) {
    }

    @Override
    public void erase(UUID graduateId) {
        log.forget(graduateId);
    }
}
