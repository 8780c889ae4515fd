package org.migracode.talent.portal.accounts;

import java.util.UUID;
import org.migracode.talent.index.accounts.Role;

/**
 * A new role for a staff or recruiter account.
 *
 * @param role      ADMIN, COACH or RECRUITER (a graduate's account keeps its role)
 * @param companyId required for RECRUITER, left out otherwise
 */
public record RoleChange(Role role, UUID companyId) {
}
