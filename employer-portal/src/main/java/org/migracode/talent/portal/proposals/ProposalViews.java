package org.migracode.talent.portal.proposals;

import org.migracode.talent.portal.security.Viewer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.access.GraduateAccess.Disclosure;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.cohort.CohortRepository;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.proposals.GraduateResponse;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalOrigin;
import org.migracode.talent.index.proposals.ProposalParty;
import org.migracode.talent.index.proposals.ProposalRules;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.index.proposals.ProposalTransition;
import org.migracode.talent.portal.proposals.ProposalView.Contact;
import org.migracode.talent.portal.proposals.ProposalView.ListingRef;
import org.migracode.talent.portal.proposals.ProposalView.Party;
import org.migracode.talent.portal.proposals.ProposalView.TransitionView;
import org.springframework.stereotype.Component;

/**
 * Proposals as a viewer may see them ({@link ProposalView}): names looked up in a few queries per
 * page, what a recruiter sees of the graduate as {@link GraduateAccess} discloses it to their
 * company, and the moves and answers the viewer may make next.
 */
@Component
class ProposalViews {

    private final ListingRepository listings;
    private final CompanyRepository companies;
    private final GraduateRepository graduates;
    private final CohortRepository cohorts;
    private final UserAccountRepository accounts;
    private final GraduateAccess access;

    ProposalViews(ListingRepository listings, CompanyRepository companies, GraduateRepository graduates, CohortRepository cohorts,
            UserAccountRepository accounts, GraduateAccess access) {
        this.listings = listings;
        this.companies = companies;
        this.graduates = graduates;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.access = access;
    }

    ProposalView view(Viewer viewer, Proposal p, boolean withHistory) {
        return views(viewer, List.of(p), withHistory).get(0);
    }

    List<ProposalView> views(Viewer viewer, List<Proposal> page, boolean withHistory) {
        Map<UUID, GraduateProfile> people = byId(graduates.findAllById(distinct(page, Proposal::getGraduateId)), GraduateProfile::getId);
        Map<UUID, Listing> listingById = byId(listings.findAllById(distinct(page, Proposal::getListingId)), Listing::getId);
        Map<UUID, String> companyNames = companyNames(distinct(page, Proposal::getCompanyId));
        Map<UUID, String> cohortNames = new HashMap<>();
        cohorts.findAllById(people.values().stream().map(GraduateProfile::getCohortId).filter(Objects::nonNull)
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
        accounts.findAllById(accountIds.stream().filter(Objects::nonNull).distinct().toList())
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

    /** Company names by id, for the given ids. */
    Map<UUID, String> companyNames(Collection<UUID> companyIds) {
        Map<UUID, String> out = new HashMap<>();
        companies.findAllById(companyIds.stream().distinct().toList()).forEach(c -> out.put(c.getId(), c.getName()));
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

    private static List<UUID> distinct(List<Proposal> page, Function<Proposal, UUID> id) {
        return page.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
