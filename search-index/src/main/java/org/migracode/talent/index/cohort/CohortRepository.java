package org.migracode.talent.index.cohort;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Cohorts by id. */
public interface CohortRepository extends JpaRepository<Cohort, UUID> {
}
