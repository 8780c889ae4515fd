package org.migracode.talent.index.company;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/** Companies by id. */
public interface CompanyRepository extends JpaRepository<Company, UUID> {

    /** Companies with this name, case ignored (the column is unique as written, so there may be more than one). */
    List<Company> findAllByNameIgnoreCase(String name);

    /** Every company's name by id, in name order: the choices of the pages' company selects and filters. */
    default Map<UUID, String> namesInNameOrder() {
        Map<UUID, String> byName = new LinkedHashMap<>();
        findAll(Sort.by("name")).forEach(c -> byName.put(c.getId(), c.getName()));
        return byName;
    }
}
