package org.migracode.talent.portal.proposals;

import org.migracode.talent.portal.security.Viewer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import org.migracode.talent.index.access.GraduateAccess.Disclosure;
import org.migracode.talent.index.account.Role;
import org.migracode.talent.index.account.UserAccountRepository;
import org.migracode.talent.index.cohort.CohortRepository;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduate.CompanyBlocked;
import org.migracode.talent.index.graduate.GraduateProfile;
import org.migracode.talent.index.graduate.GraduateRepository;
import org.migracode.talent.index.listing.Listing;
import org.migracode.talent.index.listing.ListingClosed;
import org.migracode.talent.index.listing.ListingRepository;
import org.migracode.talent.index.listing.ListingStatus;
import org.migracode.talent.index.proposal.GraduateNotification;
import org.migracode.talent.index.proposal.GraduateNotificationRepository;
import org.migracode.talent.index.proposal.GraduateResponse;
import org.migracode.talent.index.proposal.Proposal;
import org.migracode.talent.index.proposal.ProposalOrigin;
import org.migracode.talent.index.proposal.ProposalParty;
import org.migracode.talent.index.proposal.ProposalMoveRefused;
import org.migracode.talent.index.proposal.ProposalQuery;
import org.migracode.talent.index.proposal.ProposalRefusal;
import org.migracode.talent.index.proposal.ProposalRepository;
import org.migracode.talent.index.proposal.ProposalRules;
import org.migracode.talent.index.proposal.ProposalStage;
import org.migracode.talent.index.proposal.ProposalStageChanged;
import org.migracode.talent.index.proposal.ProposalTransition;
import org.migracode.talent.portal.proposals.ProposalView.Contact;
import org.migracode.talent.portal.proposals.ProposalView.ListingRef;
import org.migracode.talent.portal.proposals.ProposalView.Party;
import org.migracode.talent.portal.proposals.ProposalView.TransitionView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
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
    private final GraduateRepository graduates;
    private final CohortRepository cohorts;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final GraduateAccess access;
    private final org.migracode.talent.portal.audit.AuditRecorder audit;
    private final ProposalNotices notices;

    ProposalService(ProposalRepository proposals, GraduateNotificationRepository notifications, ListingRepository listings,
            CompanyRepository companies, GraduateRepository graduates, CohortRepository cohorts, UserAccountRepository accounts,
            ApplicationEventPublisher events, GraduateAccess access, org.migracode.talent.portal.audit.AuditRecorder audit,
            ProposalNotices notices) {
        this.notices = notices;
        this.access = access;
        this.audit = audit;
        this.proposals = proposals;
        this.notifications = notifications;
        this.listings = listings;
        this.companies = companies;
        this.graduates = graduates;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.events = events;
    }

    // --- reading --------------------------------------------------------------------------

    /** Proposals the viewer may see, filtered, most recently moved first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProposalPage list(Viewer viewer, ProposalFilter filter, int page, int size) {
        Paging.of(page, size, MAX_PAGE_SIZE);
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("stageChangedAt"), Sort.Order.asc("id")));
        Page<Proposal> found = query(viewer, filter).map(q -> proposals.findAll(q.toSpecification(), request))
                .orElse(Page.empty(request));
        return new ProposalPage(views(viewer, found.getContent(), false), page, size, found.getTotalElements(),
                found.getTotalPages());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProposalView get(Viewer viewer, UUID id) {
        return view(viewer, visible(viewer, id), true);
    }

    /**
     * The coach board: open proposals by stage (at most {@value #BOARD_COLUMN_LIMIT} per column,
     * longest waiting first), with the filter choices.
     */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Board board(Viewer viewer, ProposalFilter filter) {
        ProposalFilter open = new ProposalFilter(List.of(), filter.companyId(), filter.cohortId(), filter.coachId(), null, null, true);
        List<Proposal> all = find(viewer, open, Sort.by(Sort.Order.asc("stageChangedAt"), Sort.Order.asc("id")));
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
        for (ProposalView v : views(viewer, shown, false)) {
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
        Map<UUID, String> companyNames = new LinkedHashMap<>();
        companies.findAll(Sort.by("name")).forEach(c -> companyNames.put(c.getId(), c.getName()));
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
        List<Proposal> own = find(viewer, ProposalFilter.none(), Sort.by(Sort.Order.desc("stageChangedAt")));
        List<ProposalView> views = views(viewer, own, false);
        Map<UUID, ProposalView> byId = views.stream().collect(Collectors.toMap(ProposalView::id, Function.identity()));
        List<Notice> notices = new ArrayList<>();
        Instant now = Instant.now();
        for (GraduateNotification n : mine) {
            ProposalView p = n.getProposalId() == null ? null : byId.get(n.getProposalId());
            notices.add(new Notice(n.getId(), n.getKind(), n.getCreatedAt(), !n.isRead(), p == null ? null : p.id(),
                    p == null ? null : p.listing().title(), p == null ? null : p.company().name()));
            n.markRead(now);
        }
        return new Inbox(notices, views);
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
        GraduateProfile g = graduateFor(viewer, graduateId);
        List<Listing> open = viewer.recruiter() ? listings.findByCompanyIdOrderByCreatedAtDesc(viewer.companyId())
                : listings.findAll(Sort.by(Sort.Order.desc("createdAt")));
        Map<UUID, String> companyNames = names(open.stream().map(Listing::getCompanyId).toList());
        Map<UUID, ProposalStage> existing = new HashMap<>();
        proposals.findByGraduateIdOrderByCreatedAtDesc(graduateId).forEach(p -> existing.put(p.getListingId(), p.getStage()));
        List<ListingChoice> choices = open.stream().filter(l -> l.getStatus() == ListingStatus.OPEN)
                .filter(l -> GraduateAccess.openTo(g, l.getCompanyId()))
                .map(l -> new ListingChoice(l.getId(), l.getTitle(), companyNames.get(l.getCompanyId()), existing.get(l.getId())))
                .toList();
        return new Candidate(g.getId(), g.getDisplayName(), GraduateAccess.shownTo(g, null), choices);
    }

    /** The graduate as the viewer may reach them: staff anyone; a recruiter only whom {@link GraduateAccess} shows their company. */
    private GraduateProfile graduateFor(Viewer viewer, UUID graduateId) {
        return (viewer.staff() ? graduates.findById(graduateId) : access.findShownTo(viewer.companyId(), graduateId))
                .orElseThrow(() -> new ProposalNotFoundException("graduate", graduateId));
    }

    // --- writing --------------------------------------------------------------------------

    /**
     * A coach (or admin) proposes a graduate for a listing; a recruiter marks interest in one for
     * their own company's listing, which a coach then confirms.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ProposalView create(Viewer viewer, ProposalRequests.Create request) {
        Listing listing = listings.findById(request.listingId())
                .filter(l -> viewer.staff() || l.getCompanyId().equals(viewer.companyId()))
                .orElseThrow(() -> new ProposalNotFoundException("listing", request.listingId()));
        GraduateProfile graduate = graduateFor(viewer, request.graduateId());
        if (listing.getStatus() != ListingStatus.OPEN) {
            throw new ProposalConflictException("listing-not-open", "listing " + listing.getId() + " is " + listing.getStatus()
                    + ": only an OPEN listing takes proposals");
        }
        if (!GraduateAccess.shownTo(graduate, listing.getCompanyId())) {
            throw new ProposalConflictException("graduate-not-visible", "graduate " + graduate.getId()
                    + " does not show their profile to this listing's company (hidden, inactive or not for this company): ask them first");
        }
        proposals.findByGraduateIdAndListingId(graduate.getId(), listing.getId()).ifPresent(p -> {
            throw new ProposalConflictException("already-proposed", "graduate " + graduate.getId() + " is already proposed for listing "
                    + listing.getId() + " (proposal " + p.getId() + ", stage " + p.getStage() + ")");
        });
        ProposalOrigin origin = viewer.recruiter() ? ProposalOrigin.RECRUITER : ProposalOrigin.COACH;
        Instant now = Instant.now();
        Proposal p = Proposal.start(UUID.randomUUID(), graduate.getId(), listing.getId(), listing.getCompanyId(), origin,
                viewer.accountId(), request.note(), now);
        try {
            proposals.saveAndFlush(p);
        } catch (DataIntegrityViolationException raced) {
            throw new ProposalConflictException("already-proposed", "graduate " + graduate.getId()
                    + " was proposed for listing " + listing.getId() + " by someone else a moment ago");
        }
        publish(p, null, viewer.accountId(), p.getNoteToRecruiter(), now);
        if (p.isCoachConfirmed()) {
            notify(p, now);
        }
        return view(viewer, p, true);
    }

    /** Moves a proposal to {@code request.to()} if the rules let the viewer's side make that move. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN', 'GRADUATE')")
    public ProposalView move(Viewer viewer, UUID id, ProposalRequests.Transition request) {
        Proposal p = current(viewer, id, request.version());
        requireOpenToCompany(p, request.to());
        ProposalStage from = p.getStage();
        Instant now = Instant.now();
        ProposalTransition t = p.move(request.to(), ProposalParties.of(viewer), viewer.accountId(), request.note(), request.reason(), now);
        proposals.flush();
        publish(p, from, viewer.accountId(), t.getNote(), now);
        if (p.isCoachConfirmed() && ProposalParties.of(viewer) != ProposalParty.GRADUATE) {
            notify(p, now);
        }
        return view(viewer, p, true);
    }

    /** A coach confirms a recruiter's interest: the graduate is told, and the recruiter can go on. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public ProposalView confirm(Viewer viewer, UUID id, long version) {
        Proposal p = current(viewer, id, version);
        requireOpenToCompany(p, null);
        Instant now = Instant.now();
        p.confirm(viewer.accountId(), now);
        proposals.flush();
        audit.proposalConfirmed(p.getGraduateId(), p.getListingId(), p.getId());
        notify(p, now);
        notices.confirmed(p, viewer.accountId());
        return view(viewer, p, true);
    }

    /** The graduate accepts (or a coach records that they did): the recruiter now sees the contact details. */
    @PreAuthorize("hasAnyRole('GRADUATE', 'COACH', 'ADMIN')")
    public ProposalView accept(Viewer viewer, UUID id, long version) {
        Proposal p = current(viewer, id, version);
        requireOpenToCompany(p, null);
        p.accept(Instant.now());
        proposals.flush();
        notices.accepted(p, viewer.accountId());
        return view(viewer, p, true);
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
        Instant now = Instant.now();
        for (Proposal p : proposals.findByListingIdAndStageIn(closed.listingId(), OPEN_STAGES)) {
            ProposalStage from = p.getStage();
            p.move(ProposalStage.LISTING_CLOSED, ProposalParty.LISTING, closed.actorAccountId(), null, null, now);
            publish(p, from, closed.actorAccountId(), null, now);
            if (p.isCoachConfirmed()) {
                notify(p, now);
            }
        }
        proposals.flush();
    }

    /**
     * A graduate blocked a company: its open proposals for the graduate move to
     * WITHDRAWN_BY_GRADUATE on the graduate's behalf, in the blocking transaction, each recorded in
     * the proposal's history and (through {@link ProposalStageChanged}) in the audit log. No note is
     * written: the company learns only that the graduate withdrew.
     */
    @EventListener
    public void companyBlocked(CompanyBlocked blocked) {
        for (Proposal p : proposals.findByGraduateIdAndCompanyIdAndStageIn(blocked.graduateId(), blocked.companyId(), OPEN_STAGES)) {
            ProposalStage from = p.getStage();
            p.move(ProposalStage.WITHDRAWN_BY_GRADUATE, ProposalParty.GRADUATE, blocked.actorAccountId(), null, null, blocked.at());
            publish(p, from, blocked.actorAccountId(), null, blocked.at());
        }
        proposals.flush();
    }

    /**
     * After a block the pipeline is stopped for that company whatever the stage says (a block
     * stored before proposals were withdrawn, or one racing a new proposal): only withdrawing
     * remains. A final stage is left to the rules, which refuse it as FINAL_STAGE.
     */
    private void requireOpenToCompany(Proposal p, ProposalStage to) {
        if (to == ProposalStage.WITHDRAWN_BY_GRADUATE || p.getStage().isFinal()) {
            return;
        }
        if (!GraduateAccess.openTo(graduates.findById(p.getGraduateId()).orElse(null), p.getCompanyId())) {
            throw new ProposalMoveRefused(ProposalRefusal.GRADUATE_WITHDREW, p.getStage(), to);
        }
    }

    // --- tenancy --------------------------------------------------------------------------

    private Proposal visible(Viewer viewer, UUID id) {
        Proposal p = proposals.findById(id).orElseThrow(() -> new ProposalNotFoundException("proposal", id));
        boolean allowed = switch (viewer.role()) {
            case ADMIN, COACH -> true;
            case RECRUITER -> p.getCompanyId().equals(viewer.companyId());
            case GRADUATE -> p.getGraduateId().equals(viewer.graduateId()) && p.isCoachConfirmed();
        };
        if (!allowed) {
            throw new ProposalNotFoundException("proposal", id);
        }
        return p;
    }

    /** The visible proposal, if it is still at the version the caller saw. */
    private Proposal current(Viewer viewer, UUID id, long expectedVersion) {
        Proposal p = visible(viewer, id);
        if (p.getVersion() != expectedVersion) {
            throw new StaleProposalException(view(viewer, p, true), expectedVersion);
        }
        return p;
    }

    /**
     * The viewer's filter with tenancy added; empty when nothing can match (final and open stages
     * at once, or a recruiter naming another company: an empty answer, not an error, so nothing is probed).
     */
    private static java.util.Optional<ProposalQuery> query(Viewer viewer, ProposalFilter f) {
        Set<ProposalStage> stages = EnumSet.noneOf(ProposalStage.class);
        stages.addAll(f.stage());
        if (f.open() != null) {
            Set<ProposalStage> wanted = f.open() ? EnumSet.copyOf(OPEN_STAGES) : EnumSet.complementOf(EnumSet.copyOf(OPEN_STAGES));
            stages = stages.isEmpty() ? wanted : intersect(stages, wanted);
            if (stages.isEmpty()) {
                return java.util.Optional.empty();
            }
        }
        ProposalQuery q = new ProposalQuery(stages, f.companyId(), f.cohortId(), f.coachId(), f.listingId(), f.graduateId(), false);
        return switch (viewer.role()) {
            case ADMIN, COACH -> java.util.Optional.of(q);
            case RECRUITER -> f.companyId() != null && !f.companyId().equals(viewer.companyId()) ? java.util.Optional.empty()
                    : java.util.Optional.of(q.asCompany(viewer.companyId()));
            case GRADUATE -> viewer.graduateId() == null ? java.util.Optional.empty()
                    : java.util.Optional.of(q.withGraduate(viewer.graduateId(), true));
        };
    }

    /** The proposals matching the viewer's filter, sorted. */
    private List<Proposal> find(Viewer viewer, ProposalFilter filter, Sort sort) {
        return query(viewer, filter).map(q -> proposals.findAll(q.toSpecification(), sort)).orElse(List.of());
    }

    private static Set<ProposalStage> intersect(Set<ProposalStage> a, Set<ProposalStage> b) {
        Set<ProposalStage> out = EnumSet.noneOf(ProposalStage.class);
        a.stream().filter(b::contains).forEach(out::add);
        return out;
    }

    // --- events and notifications ------------------------------------------------------------

    private void publish(Proposal p, ProposalStage from, UUID actor, String note, Instant at) {
        events.publishEvent(new ProposalStageChanged(p.getId(), p.getGraduateId(), p.getListingId(), p.getCompanyId(), from,
                p.getStage(), actor, note, at));
    }

    /** Tells the graduate where their proposal stands now (the notification's kind is the stage). */
    private void notify(Proposal p, Instant at) {
        notifications.save(new GraduateNotification(p.getGraduateId(), p.getId(), p.getStage().name(), at));
    }

    // --- mapping --------------------------------------------------------------------------

    private ProposalView view(Viewer viewer, Proposal p, boolean withHistory) {
        return views(viewer, List.of(p), withHistory).get(0);
    }

    private List<ProposalView> views(Viewer viewer, List<Proposal> page, boolean withHistory) {
        Map<UUID, GraduateProfile> people = byId(graduates.findAllById(distinct(page, Proposal::getGraduateId)), GraduateProfile::getId);
        Map<UUID, Listing> listingById = byId(listings.findAllById(distinct(page, Proposal::getListingId)), Listing::getId);
        Map<UUID, String> companyNames = names(distinct(page, Proposal::getCompanyId));
        Map<UUID, String> cohortNames = new HashMap<>();
        cohorts.findAllById(people.values().stream().map(GraduateProfile::getCohortId).filter(java.util.Objects::nonNull)
                .distinct().toList()).forEach(c -> cohortNames.put(c.getId(), c.getName()));
        List<UUID> accountIds = new ArrayList<>(distinct(page, Proposal::getCoachAccountId));
        if (withHistory) {
            page.forEach(p -> p.getHistory().forEach(t -> {
                if (t.getActorAccountId() != null) {
                    accountIds.add(t.getActorAccountId());
                }
            }));
        }
        Map<UUID, String> accountNames = new HashMap<>();
        accounts.findAllById(accountIds.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(a -> accountNames.put(a.getId(), a.getDisplayName()));
        Map<UUID, Disclosure> disclosed = new HashMap<>();
        if (viewer.recruiter()) {
            for (UUID g : distinct(page, Proposal::getGraduateId)) {
                disclosed.put(g, access.onProposals(people.get(g), viewer.companyId()));
            }
        }
        Instant now = Instant.now();
        List<ProposalView> out = new ArrayList<>();
        for (Proposal p : page) {
            GraduateProfile g = people.get(p.getGraduateId());
            Listing l = listingById.get(p.getListingId());
            // staff and the graduate see everything; a recruiter what GraduateAccess discloses to their company
            Disclosure disclosure = viewer.recruiter() ? disclosed.get(p.getGraduateId()) : g == null ? Disclosure.WITHDRAWN : Disclosure.CONTACT;
            boolean withdrawn = viewer.recruiter() && !disclosure.showsName();
            boolean openToCompany = GraduateAccess.openTo(g, p.getCompanyId());
            List<TransitionView> history = withHistory ? withConfirmation(p, p.getHistory().stream().map(t -> new TransitionView(t.getFromStage(),
                    t.getToStage(), t.getAt(), actor(t, accountNames, withdrawn), side(t), withdrawn ? null : t.getNote())).toList(),
                    accountNames) : List.of();
            boolean confirmed = p.isCoachConfirmed();
            List<ProposalStage> choices = ProposalRules.choices(p.getStage(), ProposalParties.of(viewer), confirmed).stream()
                    .filter(to -> openToCompany || to == ProposalStage.WITHDRAWN_BY_GRADUATE).toList();
            boolean canAnswer = (viewer.staff() || viewer.graduate()) && confirmed && !p.getStage().isFinal()
                    && p.getGraduateResponse() == GraduateResponse.PENDING && openToCompany;
            out.add(new ProposalView(p.getId(), p.getVersion(), p.getStage(), p.getOrigin(), !confirmed,
                    withdrawn ? new Party(null, null) : new Party(p.getGraduateId(), g == null ? null : g.getDisplayName()),
                    withdrawn || g == null || g.getCohortId() == null ? null : cohortNames.get(g.getCohortId()),
                    new ListingRef(p.getListingId(), l == null ? null : l.getTitle(), l == null ? null : l.getStatus().name()),
                    new Party(p.getCompanyId(), companyNames.get(p.getCompanyId())),
                    p.getCoachAccountId() == null ? null : new Party(p.getCoachAccountId(), accountNames.get(p.getCoachAccountId())),
                    withdrawn ? null : p.getNoteToRecruiter(), p.getDeclineReason(), p.getGraduateResponse(), p.getGraduateAnsweredAt(),
                    p.getCreatedAt(), p.getStageChangedAt(),
                    ProposalRules.overdue(p.getStage(), confirmed, p.getStageChangedAt(), now),
                    g != null && disclosure.showsContact() ? new Contact(g.getEmail(), g.getPhone()) : null,
                    history, choices, viewer.staff() && !confirmed && !p.getStage().isFinal() && openToCompany, canAnswer, withdrawn));
        }
        return out;
    }

    /**
     * The history with the coach's confirmation of a recruiter's interest in its place by time: a
     * confirmation changes no stage, so it is not a stored transition, but people need to see who
     * let the graduate see the interest, and when. A coach's own proposal is confirmed as it is made
     * and shows no separate entry.
     */
    private static List<TransitionView> withConfirmation(Proposal p, List<TransitionView> moves, Map<UUID, String> accountNames) {
        if (p.getOrigin() != ProposalOrigin.RECRUITER || p.getCoachConfirmedAt() == null) {
            return moves;
        }
        Instant at = p.getCoachConfirmedAt();
        List<TransitionView> out = new ArrayList<>(moves);
        int i = 0;
        while (i < out.size() && !out.get(i).at().isAfter(at)) {
            i++;
        }
        ProposalStage stage = i == 0 ? p.getStage() : out.get(i - 1).to();
        out.add(i, new TransitionView(stage, stage, at, p.getCoachAccountId() == null ? null : accountNames.get(p.getCoachAccountId()),
                ProposalParty.SCHOOL.name(), null, TransitionView.CONFIRMED));
        return List.copyOf(out);
    }

    /** Who made a recorded move, by display name; never the graduate's own name once they withdrew from the viewer's company. */
    private static String actor(ProposalTransition t, Map<UUID, String> accountNames, boolean withdrawn) {
        if (t.getActorAccountId() == null || withdrawn && ProposalParty.GRADUATE.name().equals(side(t))) {
            return null;
        }
        return accountNames.get(t.getActorAccountId());
    }

    /** On whose side a recorded move was, from the stage it went to. */
    private static String side(ProposalTransition t) {
        if (t.getFromStage() == null) {
            return t.getToStage() == ProposalStage.PROPOSED ? ProposalParty.SCHOOL.name() : ProposalParty.EMPLOYER.name();
        }
        return switch (t.getToStage()) {
            case WITHDRAWN_BY_GRADUATE -> ProposalParty.GRADUATE.name();
            case LISTING_CLOSED -> ProposalParty.LISTING.name();
            default -> ProposalParty.EMPLOYER.name();
        };
    }

    private Map<UUID, String> names(Collection<UUID> companyIds) {
        Map<UUID, String> out = new HashMap<>();
        companies.findAllById(companyIds.stream().distinct().toList()).forEach(c -> out.put(c.getId(), c.getName()));
        return out;
    }

    private static List<UUID> distinct(List<Proposal> page, Function<Proposal, UUID> id) {
        return page.stream().map(id).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
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
