package org.migracode.talent.portal.proposals;

import org.migracode.talent.portal.security.Viewer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migracode.talent.core.input.Paging;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.cohort.CohortRepository;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.CompanyBlocked;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingClosed;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.ListingStatus;
import org.migracode.talent.index.proposals.GraduateNotification;
import org.migracode.talent.index.proposals.GraduateNotificationRepository;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.index.proposals.ProposalRules;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.index.proposals.ProposalStageChanged;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals with roles and tenancy. Method security checks the role; this class checks which
 * proposal a viewer may touch, and one they may not see is reported exactly like one that does
 * not exist ({@link ProposalNotFoundException}):
 * <ul>
 *   <li>COACH, ADMIN: every proposal; they propose, confirm recruiters' interest, move any
 *       proposal on the employer's or the graduate's behalf;</li>
 *   <li>RECRUITER: proposals for their own company's listings; they mark interest and answer;</li>
 *   <li>GRADUATE: their own proposals once a coach stands behind them; they accept or decline.</li>
 * </ul>
 * Every change checks the version the caller saw ({@link StaleProposalException}, a 409) and
 * publishes {@link ProposalStageChanged} inside the transaction when the stage changes.
 *
 * <p>What a company sees of a graduate, and whether it may propose or move on, is
 * {@link GraduateAccess}'s rule: a recruiter cannot find, open or propose a graduate who hides
 * their profile, is inactive or blocked the company (404, as for an unknown id), and staff cannot
 * propose them to that company (409). Blocking a company withdraws its open proposals
 * ({@link #companyBlocked}) and takes every personal detail off all of its proposals.
 *
 * <p>The tenancy rules are {@link ProposalAccess}'s, the mapping to views {@link ProposalViews}'s,
 * the writing {@link ProposalTransitions}'s; this class keeps the use cases, their roles and transaction.
 */
@Service
@Transactional
class ProposalService {

    static final int MAX_PAGE_SIZE = 100;
    /** Highest page number asked for; page × size must not overflow the database offset. */
    static final int MAX_PAGE = Paging.MAX_PAGE;
    static final int BOARD_COLUMN_LIMIT = 200;
    static final Set<ProposalStage> OPEN_STAGES = EnumSet.of(ProposalStage.PROPOSED, ProposalStage.EMPLOYER_INTERESTED,
            ProposalStage.INTERVIEWING, ProposalStage.OFFER);

    private final ProposalRepository proposals;
    private final GraduateNotificationRepository notifications;
    private final ListingRepository listings;
    private final CompanyRepository companies;
    private final CohortRepository cohorts;
    private final UserAccountRepository accounts;
    private final ProposalAccess tenancy;
    private final ProposalViews views;
    private final ProposalTransitions transitions;

    ProposalService(ProposalRepository proposals, GraduateNotificationRepository notifications, ListingRepository listings,
            CompanyRepository companies, CohortRepository cohorts, UserAccountRepository accounts, ProposalAccess tenancy,
            ProposalViews views, ProposalTransitions transitions) {
        this.proposals = proposals;
        this.notifications = notifications;
        this.listings = listings;
        this.companies = companies;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.tenancy = tenancy;
        this.views = views;
        this.transitions = transitions;
    }

    // --- reading --------------------------------------------------------------------------

    /** Proposals the viewer may see, filtered, most recently moved first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProposalPage list(Viewer viewer, ProposalFilter filter, int page, int size) {
        Paging.of(page, size, MAX_PAGE_SIZE);
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("stageChangedAt"), Sort.Order.asc("id")));
        Page<Proposal> found = ProposalAccess.query(viewer, filter).map(q -> proposals.findAll(q.toSpecification(), request))
                .orElse(Page.empty(request));
        return new ProposalPage(views.views(viewer, found.getContent(), false), page, size, found.getTotalElements(),
                found.getTotalPages());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProposalView get(Viewer viewer, UUID id) {
        return views.view(viewer, tenancy.visible(viewer, id), true);
    }

    /**
     * The coach board: open proposals by stage (at most {@value #BOARD_COLUMN_LIMIT} per column,
     * longest waiting first), with the filter choices.
     */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Board board(Viewer viewer, ProposalFilter filter) {
        ProposalFilter open = new ProposalFilter(List.of(), filter.companyId(), filter.cohortId(), filter.coachId(), null, null, true);
        List<Proposal> all = tenancy.find(viewer, open, Sort.by(Sort.Order.asc("stageChangedAt"), Sort.Order.asc("id")));
        Map<ProposalStage, List<ProposalView>> columns = new LinkedHashMap<>();
        for (ProposalStage s : ProposalRules.PIPELINE) {
            if (OPEN_STAGES.contains(s)) {
                columns.put(s, new ArrayList<>());
            }
        }
        List<Proposal> shown = new ArrayList<>();
        Map<ProposalStage, Integer> counts = new HashMap<>();
        for (Proposal p : all) {
            if (counts.merge(p.getStage(), 1, Integer::sum) <= BOARD_COLUMN_LIMIT) {
                shown.add(p);
            }
        }
        for (ProposalView v : views.views(viewer, shown, false)) {
            columns.get(v.stage()).add(v);
        }
        long overdue = columns.values().stream().flatMap(List::stream).filter(ProposalView::overdue).count();
        long awaiting = columns.values().stream().flatMap(List::stream).filter(ProposalView::awaitingCoach).count();
        return new Board(columns, counts, overdue, awaiting, options());
    }

    /** Choices for the filters: companies, cohorts and coaches, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FilterOptions options() {
        Map<UUID, String> companyNames = companies.namesInNameOrder();
        Map<UUID, String> cohortNames = new LinkedHashMap<>();
        cohorts.findAll(Sort.by(Sort.Direction.DESC, "graduationDate")).forEach(c -> cohortNames.put(c.getId(), c.getName()));
        Map<UUID, String> coachNames = new LinkedHashMap<>();
        accounts.findAll(Sort.by("displayName")).stream().filter(a -> a.getRole() == Role.COACH)
                .forEach(a -> coachNames.put(a.getId(), a.getDisplayName()));
        return new FilterOptions(companyNames, cohortNames, coachNames);
    }

    /** A graduate's inbox: their notifications (newest first; read from now on) and their proposals. */
    @PreAuthorize("hasRole('GRADUATE')")
    public Inbox inbox(Viewer viewer) {
        if (viewer.graduateId() == null) {
            throw new ProposalNotFoundException("graduate", null);
        }
        List<GraduateNotification> mine = notifications.findTop50ByGraduateIdOrderByCreatedAtDesc(viewer.graduateId());
        List<Proposal> own = tenancy.find(viewer, ProposalFilter.none(), Sort.by(Sort.Order.desc("stageChangedAt")));
        List<ProposalView> shown = views.views(viewer, own, false);
        Map<UUID, ProposalView> byId = shown.stream().collect(Collectors.toMap(ProposalView::id, Function.identity()));
        List<Notice> notices = new ArrayList<>();
        Instant now = Instant.now();
        for (GraduateNotification n : mine) {
            ProposalView p = n.getProposalId() == null ? null : byId.get(n.getProposalId());
            notices.add(new Notice(n.getId(), n.getKind(), n.getCreatedAt(), !n.isRead(), p == null ? null : p.id(),
                    p == null ? null : p.listing().title(), p == null ? null : p.company().name()));
            n.markRead(now);
        }
        return new Inbox(notices, shown);
    }

    /** Unread notifications of the graduate (for the navigation badge). */
    @PreAuthorize("hasRole('GRADUATE')")
    @Transactional(readOnly = true)
    public long unread(Viewer viewer) {
        return viewer.graduateId() == null ? 0 : notifications.countByGraduateIdAndReadAtIsNull(viewer.graduateId());
    }

    /**
     * What the viewer may propose {@code graduateId} for: the OPEN listings of the recruiter's
     * company, or every OPEN listing for staff (except those of companies the graduate blocked),
     * with the stage of an existing proposal if any. A graduate the recruiter's company may not see
     * is not found, exactly like an unknown id.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Candidate candidate(Viewer viewer, UUID graduateId) {
        GraduateProfile g = tenancy.graduateFor(viewer, graduateId);
        List<Listing> open = viewer.recruiter() ? listings.findByCompanyIdOrderByCreatedAtDesc(viewer.companyId())
                : listings.findAll(Sort.by(Sort.Order.desc("createdAt")));
        Map<UUID, String> companyNames = views.companyNames(open.stream().map(Listing::getCompanyId).toList());
        Map<UUID, ProposalStage> existing = new HashMap<>();
        proposals.findByGraduateIdOrderByCreatedAtDesc(graduateId).forEach(p -> existing.put(p.getListingId(), p.getStage()));
        List<ListingChoice> choices = open.stream().filter(l -> l.getStatus() == ListingStatus.OPEN)
                .filter(l -> GraduateAccess.openTo(g, l.getCompanyId()))
                .map(l -> new ListingChoice(l.getId(), l.getTitle(), companyNames.get(l.getCompanyId()), existing.get(l.getId())))
                .toList();
        return new Candidate(g.getId(), g.getDisplayName(), GraduateAccess.shownTo(g, null), choices);
    }

    // --- writing --------------------------------------------------------------------------

    /**
     * A coach (or admin) proposes a graduate for a listing; a recruiter marks interest in one for
     * their own company's listing, which a coach then confirms.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ProposalView create(Viewer viewer, ProposalRequests.Create request) {
        return transitions.create(viewer, request);
    }

    /** Moves a proposal to {@code request.to()} if the rules let the viewer's side make that move. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN', 'GRADUATE')")
    public ProposalView move(Viewer viewer, UUID id, ProposalRequests.Transition request) {
        return transitions.move(viewer, id, request);
    }

    /** A coach confirms a recruiter's interest: the graduate is told, and the recruiter can go on. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public ProposalView confirm(Viewer viewer, UUID id, long version) {
        return transitions.confirm(viewer, id, version);
    }

    /** The graduate accepts (or a coach records that they did): the recruiter now sees the contact details. */
    @PreAuthorize("hasAnyRole('GRADUATE', 'COACH', 'ADMIN')")
    public ProposalView accept(Viewer viewer, UUID id, long version) {
        return transitions.accept(viewer, id, version);
    }

    /** The graduate declines (or a coach records that they did): the proposal is withdrawn. */
    @PreAuthorize("hasAnyRole('GRADUATE', 'COACH', 'ADMIN')")
    public ProposalView decline(Viewer viewer, UUID id, long version, String note) {
        return move(viewer, id, new ProposalRequests.Transition(ProposalStage.WITHDRAWN_BY_GRADUATE, version, note, null));
    }

    /**
     * A listing was closed (by someone allowed to close it): its open proposals move to
     * LISTING_CLOSED, in the same transaction.
     */
    @EventListener
    public void listingClosed(ListingClosed closed) {
        transitions.listingClosed(closed);
    }

    /**
     * A graduate blocked a company: its open proposals for the graduate move to
     * WITHDRAWN_BY_GRADUATE on the graduate's behalf, in the blocking transaction, each recorded in
     * the proposal's history and (through {@link ProposalStageChanged}) in the audit log. No note is
     * written: the company learns only that the graduate withdrew.
     */
    @EventListener
    public void companyBlocked(CompanyBlocked blocked) {
        transitions.companyBlocked(blocked);
    }

    // --- values ---------------------------------------------------------------------------

    /** The coach board: open proposals per stage, in pipeline order. {@code counts} may exceed what a column shows. */
    record Board(Map<ProposalStage, List<ProposalView>> columns, Map<ProposalStage, Integer> counts, long overdue, long awaitingCoach,
            FilterOptions options) {
    }

    record FilterOptions(Map<UUID, String> companies, Map<UUID, String> cohorts, Map<UUID, String> coaches) {
    }

    /** A graduate's inbox. */
    record Inbox(List<Notice> notices, List<ProposalView> proposals) {
    }

    /** A notification: {@code kind} is the stage the proposal reached. */
    record Notice(UUID id, String kind, Instant at, boolean unread, UUID proposalId, String listingTitle, String companyName) {
    }

    /** Someone to propose, and the listings one may propose them for. */
    record Candidate(UUID graduateId, String name, boolean shownToEmployers, List<ListingChoice> listings) {
    }

    /** An open listing; {@code proposedStage} is set when the graduate is already proposed for it. */
    record ListingChoice(UUID id, String title, String companyName, ProposalStage proposedStage) {
    }
}
