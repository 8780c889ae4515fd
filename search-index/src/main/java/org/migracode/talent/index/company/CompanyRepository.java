package org.migracode.talent.index.company;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Companies by id. */
public interface CompanyRepository extends JpaRepository<Company, UUID> {

    /** Companies with this name, case ignored (the column is unique as written, so there may be more than one). */
    List<Company> findAllByNameIgnoreCase(String name);
}
