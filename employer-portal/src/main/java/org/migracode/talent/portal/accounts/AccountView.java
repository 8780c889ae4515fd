package org.migracode.talent.portal.accounts;

import java.time.Instant;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;

/** An account as admins see it: never its password hash. */
public record AccountView(UUID id, String username, String displayName, String email, Role role, UUID companyId,
        String companyName, UUID graduateId, boolean enabled, Instant lastSignInAt, Instant createdAt, long version) {

    static AccountView of(UserAccount a, String companyName) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getRole(), a.getCompanyId(),
                companyName, a.getGraduateId(), a.isEnabled(), a.getLastSignInAt(), a.getCreatedAt(), a.getVersion());
    }
}
