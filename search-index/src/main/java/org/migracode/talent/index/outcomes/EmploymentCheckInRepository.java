package org.migracode.talent.index.outcomes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Employer check-ins. */
public interface EmploymentCheckInRepository extends JpaRepository<EmploymentCheckIn, UUID> {

    List<EmploymentCheckIn> findByPlacementIdOrderByMonths(UUID placementId);

    Optional<EmploymentCheckIn> findByPlacementIdAndMonths(UUID placementId, short months);
}
