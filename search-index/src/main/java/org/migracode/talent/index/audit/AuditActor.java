package org.migracode.talent.index.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * Who did it: a user account with its role (and company, for recruiters), or the system.
 *
 * @param role {@code ADMIN}, {@code COACH}, {@code RECRUITER}, {@code GRADUATE} or {@code SYSTEM}
 */
public record AuditActor(UUID accountId, String role, UUID companyId) {

    public static final AuditActor SYSTEM = new AuditActor(null, "SYSTEM", null);

    public AuditActor {
        Objects.requireNonNull(role, "role");
    }
}
