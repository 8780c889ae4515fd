package org.migracode.talent.index.listings;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Listings by id and by company. */
public interface ListingRepository extends JpaRepository<Listing, UUID> {
    List<Listing> findByCompanyIdOrderByCreatedAtDesc(UUID companyId);
}
