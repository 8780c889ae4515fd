package org.migracode.talent.portal.proposals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.proposals.DeclineReason;
import org.migracode.talent.index.proposals.ProposalRules;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A listing's pipeline: its proposals in columns by stage (proposed, interested, interview, offer,
 * hired, and the exits together as "declined"), with counts and the reasons of the exits. Reading
 * and moving go through {@link ProposalService}, so tenancy, disclosure ({@code GraduateAccess}),
 * the transition rules, the history and the audit log are exactly those of every other proposal
 * page. A recruiter reaches only their own company's listings; another company's listing is not
 * found, exactly like an unknown id.
 */
@Service
@Transactional(readOnly = true)
class PipelineService {

    /** The board's columns, in order; DECLINED_BY_EMPLOYER stands for every exit ({@link ProposalRules#column}). */
    static final List<ProposalStage> COLUMNS = List.of(ProposalStage.PROPOSED, ProposalStage.EMPLOYER_INTERESTED,
            ProposalStage.INTERVIEWING, ProposalStage.OFFER, ProposalStage.HIRED, ProposalStage.DECLINED_BY_EMPLOYER);

    /** Most proposals one listing's pipeline reads (pages of {@link ProposalService#MAX_PAGE_SIZE}). */
    static final int MAX_CARDS = 1000;

    private final ProposalService proposals;
    private final ListingRepository listings;
    private final JdbcTemplate jdbc;

    PipelineService(ProposalService proposals, ListingRepository listings, JdbcTemplate jdbc) {
        this.proposals = proposals;
        this.listings = listings;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public Pipeline pipeline(Viewer viewer, UUID listingId) {
        Listing listing = listing(viewer, listingId);
        ProposalFilter filter = new ProposalFilter(List.of(), null, null, null, listingId, null, null);
        List<ProposalView> cards = new ArrayList<>();
        for (int page = 0; cards.size() < MAX_CARDS; page++) {
            ProposalPage found = proposals.list(viewer, filter, page, ProposalService.MAX_PAGE_SIZE);
            cards.addAll(found.items());
            if (page + 1 >= found.totalPages()) {
                break;
            }
        }
        Map<ProposalStage, List<ProposalView>> columns = new LinkedHashMap<>();
        COLUMNS.forEach(c -> columns.put(c, new ArrayList<>()));
        for (ProposalView v : cards) {
            columns.get(ProposalRules.column(v.stage())).add(v);
        }
        return new Pipeline(listing.getId(), listing.getTitle(), listing.getStatus().name(), columns, reasons(listingId));
    }

    /**
     * Moves one card of the listing. The proposal must belong to the listing (else 404), and the
     * move is {@link ProposalService#move}: same rules, history, event and audit entry.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional
    public ProposalView move(Viewer viewer, UUID listingId, UUID proposalId, ProposalRequests.Transition request) {
        listing(viewer, listingId);
        ProposalView current = proposals.get(viewer, proposalId);
        if (!current.listing().id().equals(listingId)) {
            throw new ProposalNotFoundException("proposal", proposalId);
        }
        return proposals.move(viewer, proposalId, request);
    }

    /** How often each reason ended a proposal of the listing (a decline recorded before reasons moved to the history counts too). */
    Map<DeclineReason, Integer> reasons(UUID listingId) {
        Map<DeclineReason, Integer> out = new EnumMap<>(DeclineReason.class);
        jdbc.query("""
                select coalesce(t.reason, case when t.to_stage = 'DECLINED_BY_EMPLOYER' then p.decline_reason end) as reason,
                       count(*) as n
                from proposal_transition t join proposal p on p.id = t.proposal_id
                where p.listing_id = ? and t.to_stage in ('DECLINED_BY_EMPLOYER', 'WITHDRAWN_BY_GRADUATE')
                group by 1""", rs -> {
            String reason = rs.getString("reason");
            if (reason != null) {
                out.put(DeclineReason.valueOf(reason), rs.getInt("n"));
            }
        }, listingId);
        return out;
    }

    private Listing listing(Viewer viewer, UUID listingId) {
        return listings.findById(listingId).filter(l -> viewer.staff() || l.getCompanyId().equals(viewer.companyId()))
                .orElseThrow(() -> new ProposalNotFoundException("listing", listingId));
    }

    /** One listing's pipeline. {@code columns} in {@link #COLUMNS} order; {@code reasons} counts the exits by reason. */
    record Pipeline(UUID listingId, String title, String listingStatus, Map<ProposalStage, List<ProposalView>> columns,
            Map<DeclineReason, Integer> reasons) {

        public int total() {
            return columns.values().stream().mapToInt(List::size).sum();
        }

        /** Every card in column order (the list view). */
        public List<ProposalView> cards() {
            return columns.values().stream().flatMap(List::stream).toList();
        }
    }
}
