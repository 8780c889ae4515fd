package org.migracode.talent.index.privacy;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditActor;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.audit.AuditRecord;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.matching.StoredGraduateFields;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a graduate (GDPR art. 17), in one transaction: every {@link PersonalDataContributor}
 * erases its part first (features keep what aggregate statistics need, without identity; audit
 * entries stay about nobody), then the graduate's user accounts are deleted, then the profile
 * with its skills, languages, projects and blocked companies (Hibernate Search deletes the index
 * document when the transaction commits). Last, one audit entry says that an erasure happened,
 * by whom and why, naming nobody. Idempotent: erasing an erased graduate does nothing.
 *
 * <p>Authorization is the caller's job.
 */
@Service
public class GraduateErasure {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final List<PersonalDataContributor> contributors;
    private final AuditLog audit;
    private final StoredGraduateFields stored;

    public GraduateErasure(EntityManager entityManager, JdbcTemplate jdbc, List<PersonalDataContributor> contributors,
            AuditLog audit, StoredGraduateFields stored) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.contributors = List.copyOf(contributors);
        this.audit = audit;
        this.stored = stored;
    }

    /** @return true when there was a graduate to erase */
    @Transactional
    public boolean erase(UUID graduateId, ErasureReason reason, AuditActor actor) {
        GraduateProfile graduate = entityManager.find(GraduateProfile.class, graduateId);
        if (graduate == null) {
            return false;
        }
        for (PersonalDataContributor c : contributors) {
            c.erase(graduateId);
        }
        int accounts = jdbc.update("delete from user_account where graduate_id = ?", graduateId);
        entityManager.remove(graduate);
        entityManager.flush();
        stored.forget(graduateId); // the match fields stage 1 keeps in memory go with the document
        AuditAction action = switch (reason) {
            case SELF -> AuditAction.SELF_ERASURE;
            case ADMIN_ON_REQUEST -> AuditAction.ADMIN_ERASURE;
            case RETENTION -> AuditAction.RETENTION_ANONYMISED;
        };
        // a graduate erasing themself is not named either: their account no longer exists
        AuditActor recorded = reason == ErasureReason.SELF ? new AuditActor(null, "GRADUATE", null) : actor;
        audit.recordWithin(recorded, new AuditRecord(action, null, null, null, null, null,
                "sections erased: " + contributors.stream().map(PersonalDataContributor::section).sorted().toList()
                        + "; user accounts deleted: " + accounts));
        return true;
    }
}
