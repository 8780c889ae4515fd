package org.migracode.talent.portal.shortlists;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.ListingTitle;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A listing's shortlist. A recruiter works on their own company's listings only, staff on any
 * (another company's listing is not found, like an unknown id). Only graduates
 * {@link GraduateAccess} shows the listing's company can be added, and only those are shown: a
 * graduate who hides or blocks the company later drops off the list (the row stays, unseen, and
 * reappears if they show their profile again). Showing the list is audited like search results.
 */
@Service
public class Shortlists {

    static final int MAX_ENTRIES = 200;

    private final JdbcTemplate jdbc;
    private final ListingRepository listings;
    private final GraduateRepository graduates;
    private final AuditRecorder audit;

    Shortlists(JdbcTemplate jdbc, ListingRepository listings, GraduateRepository graduates, AuditRecorder audit) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.graduates = graduates;
        this.audit = audit;
    }

    /** A graduate on a shortlist, as the viewer sees them. */
    public record Entry(UUID graduateId, String name, String headline, String city, Instant addedAt) {
    }

    /** A shortlist: its listing and the visible entries, most recently added first. */
    public record Shortlist(UUID listingId, String listingTitle, List<Entry> entries) {
    }

    /**
     * The listings the viewer may shortlist for, by title (the same title newest first): their company's (recruiter) or
     * all (staff) not closed ones; none for a recruiter bound to no company.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ListingTitle> listingsFor(Viewer viewer) {
        if (viewer.recruiter() && viewer.companyId() == null) {
            return List.of(); // a bare token names no company: no listings to shortlist for
        }
        List<ListingTitle> all = viewer.role() == Role.RECRUITER ? listings.findTitlesByCompanyId(viewer.companyId())
                : listings.findAllTitles();
        return all.stream().filter(l -> l.status() != org.migracode.talent.index.listings.ListingStatus.CLOSED)
                .sorted(java.util.Comparator.comparing(ListingTitle::title, String.CASE_INSENSITIVE_ORDER).thenComparing(ListingTitle.NEWEST))
                .toList();
    }

    /** The shortlist of a listing the viewer may work on; empty when they may not (or it does not exist). */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Shortlist> get(Viewer viewer, UUID listingId) {
        Optional<Listing> listing = listing(viewer, listingId);
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        UUID company = listing.get().getCompanyId();
        List<UUID> ids = jdbc.queryForList("select graduate_id from listing_shortlist where listing_id = ? order by added_at desc, graduate_id",
                UUID.class, listingId);
        java.util.Map<UUID, GraduateProfile> byId = new java.util.HashMap<>();
        graduates.findAllById(ids).forEach(g -> byId.put(g.getId(), g));
        java.util.Map<UUID, Instant> added = new java.util.HashMap<>();
        jdbc.query("select graduate_id, added_at from listing_shortlist where listing_id = ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> added.put(rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant()), listingId);
        List<Entry> entries = new ArrayList<>();
        for (UUID id : ids) {
            GraduateProfile g = byId.get(id);
            if (GraduateAccess.shownTo(g, company)) {
                entries.add(new Entry(id, g.getDisplayName(), g.getHeadline(), g.getCity(), added.get(id)));
            }
        }
        audit.searchResultsShown(entries.stream().map(Entry::graduateId).toList(), "shortlist=" + listingId);
        return Optional.of(new Shortlist(listingId, listing.get().getTitle(), entries));
    }

    /**
     * Adds the graduates the listing's company may see; returns how many of {@code graduateIds}
     * were refused (not visible to the company, unknown). Empty when the listing is not the viewer's.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional
    public Optional<Added> add(Viewer viewer, UUID listingId, List<UUID> graduateIds) {
        Optional<Listing> listing = listing(viewer, listingId);
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        UUID company = listing.get().getCompanyId();
        Integer count = jdbc.queryForObject("select count(*) from listing_shortlist where listing_id = ?", Integer.class, listingId);
        int room = MAX_ENTRIES - (count == null ? 0 : count);
        int added = 0;
        int refused = 0;
        Timestamp now = Timestamp.from(Instant.now());
        for (UUID id : graduateIds.stream().distinct().toList()) {
            Optional<GraduateProfile> g = graduates.findById(id).filter(x -> GraduateAccess.shownTo(x, company));
            if (g.isEmpty() || room <= 0) {
                refused++;
                continue;
            }
            int n = jdbc.update("insert into listing_shortlist (listing_id, graduate_id, added_by, added_at) values (?, ?, ?, ?) "
                    + "on conflict do nothing", listingId, id, viewer.accountId(), now);
            added += n;
            room -= n;
        }
        return Optional.of(new Added(added, refused));
    }

    /** How many were added, and how many could not be (not visible to the company, unknown, list full). */
    public record Added(int added, int refused) {
    }

    /** Removes a graduate from the shortlist; false when the listing is not the viewer's. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional
    public boolean remove(Viewer viewer, UUID listingId, UUID graduateId) {
        if (listing(viewer, listingId).isEmpty()) {
            return false;
        }
        jdbc.update("delete from listing_shortlist where listing_id = ? and graduate_id = ?", listingId, graduateId);
        return true;
    }

    private Optional<Listing> listing(Viewer viewer, UUID listingId) {
        return listings.findById(listingId).filter(l -> viewer.role() == Role.COACH || viewer.role() == Role.ADMIN
                || viewer.role() == Role.RECRUITER && l.getCompanyId().equals(viewer.companyId()));
    }
}
