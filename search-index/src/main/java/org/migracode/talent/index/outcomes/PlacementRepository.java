package org.migracode.talent.index.outcomes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Placements. */
public interface PlacementRepository extends JpaRepository<Placement, UUID> {

    List<Placement> findByGraduateIdOrderByStartDate(UUID graduateId);

    List<Placement> findByCohortIdOrderByStartDate(UUID cohortId);

    Optional<Placement> findByProposalId(UUID proposalId);
}
