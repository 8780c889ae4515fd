package org.migracode.talent.index.outcomes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Students' outcome rows. */
public interface StudentOutcomeRepository extends JpaRepository<StudentOutcome, UUID> {

    Optional<StudentOutcome> findByGraduateId(UUID graduateId);

    List<StudentOutcome> findByCohortIdOrderByEnrolledOn(UUID cohortId);
}
