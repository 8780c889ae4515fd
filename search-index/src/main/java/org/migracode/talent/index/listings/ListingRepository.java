package org.migracode.talent.index.listings;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Listings by id and by company, and their titles for choosers. */
public interface ListingRepository extends JpaRepository<Listing, UUID> {
    List<Listing> findByCompanyIdOrderByCreatedAtDesc(UUID companyId);

    /** Every listing's title, newest first. */
    @Query("select new org.migracode.talent.index.listings.ListingTitle(l.id, l.companyId, l.title, l.status, l.createdAt)"
            + " from Listing l order by l.createdAt desc, l.id")
    List<ListingTitle> findAllTitles();

    /** The titles of one company's listings, newest first. */
    @Query("select new org.migracode.talent.index.listings.ListingTitle(l.id, l.companyId, l.title, l.status, l.createdAt)"
            + " from Listing l where l.companyId = :companyId order by l.createdAt desc, l.id")
    List<ListingTitle> findTitlesByCompanyId(UUID companyId);
}
