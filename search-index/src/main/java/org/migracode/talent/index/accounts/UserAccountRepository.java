package org.migracode.talent.index.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** User accounts by id and by login name. */
public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    long countByRoleAndEnabledTrue(Role role);

    List<UserAccount> findByCompanyId(UUID companyId);

    boolean existsByGraduateId(UUID graduateId);

    /** Records a sign-in without touching the row's version (no conflict with an admin's edit). */
    @Modifying
    @Query("update UserAccount a set a.lastSignInAt = :at where a.id = :id")
    int recordSignIn(UUID id, Instant at);
}
