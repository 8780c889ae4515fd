package org.migracode.talent.index.graduates;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Graduate profiles by id. Full-text queries live in the search services, not here. */
public interface GraduateRepository extends JpaRepository<GraduateProfile, UUID> {
}
