package org.migracode.talent.index.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Invitations by id, by token hash, by company. */
public interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findAllByOrderByCreatedAtDesc();

    /** A pending invitation for this address exists (not used, not revoked, not expired at {@code now}). */
    boolean existsByEmailIgnoreCaseAndUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfter(String email, Instant now);

    List<Invitation> findByCompanyIdOrderByCreatedAtDesc(UUID companyId);
}
