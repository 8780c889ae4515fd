package org.migracode.talent.portal.accounts;

import java.time.Instant;
import java.util.UUID;
import org.migracode.talent.index.accounts.Invitation;
import org.migracode.talent.index.accounts.Role;

/** An invitation as staff (or the inviting company's recruiters) see it; never its token. */
public record InvitationView(UUID id, String email, String displayName, Role role, UUID companyId, String companyName,
        UUID graduateId, String locale, Invitation.State state, Instant createdAt, Instant sentAt, Instant expiresAt,
        Instant usedAt, Instant revokedAt) {

    static InvitationView of(Invitation i, String companyName, Instant now) {
        return new InvitationView(i.getId(), i.getEmail(), i.getDisplayName(), i.getRole(), i.getCompanyId(), companyName,
                i.getGraduateId(), i.getLocale(), i.state(now), i.getCreatedAt(), i.getSentAt(), i.getExpiresAt(), i.getUsedAt(),
                i.getRevokedAt());
    }
}
