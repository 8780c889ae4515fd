package org.migracode.talent.index.outcomes;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Placement evidence files, by placement id. */
public interface PlacementEvidenceRepository extends JpaRepository<PlacementEvidence, UUID> {
}
