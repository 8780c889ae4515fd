package org.migracode.talent.portal.listings;

import org.migracode.talent.portal.security.Viewer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.ListingStatus;
import org.migracode.talent.index.matching.MatchService;
import org.migracode.talent.index.matching.MatchingProperties;
import org.migracode.talent.index.matching.RankedMatch;
import org.migracode.talent.index.matching.RankedMatches;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.portal.curriculum.SkillModules;
import org.migracode.talent.portal.listings.MatchesView.MatchView;
import org.migracode.talent.portal.listings.MatchesView.SkillToLearn;
import org.migracode.talent.portal.school.RankingPolicy;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Matches in both directions as a viewer may see them: the ranking of {@link MatchService},
 * narrowed by {@link GraduateAccess} and the school's {@link RankingPolicy}, mapped to views and
 * recorded in the audit log. {@code k} follows the one policy of {@link MatchingProperties#requireTopK}:
 * outside 1 to {@code max-top-k} it is refused (400), never clamped.
 */
@Component
class ListingMatches {

    /** Listings missing at most this many required skills "nearly match". */
    static final int NEARLY = 2;
    static final int SKILLS_TO_LEARN = 5;

    private final ListingRepository listings;
    private final CompanyRepository companies;
    private final GraduateRepository graduates;
    private final MatchService matchService;
    private final MatchingProperties matching;
    private final AuditRecorder audit;
    private final SchoolSettings school;
    private final JdbcTemplate jdbc;
    private final ListingAccess access;
    private final ListingViews views;

    /** The school's skill-to-module mapping: what teaches each skill to learn (the graduate's plan). */
    private final SkillModules modules;

    ListingMatches(ListingRepository listings, CompanyRepository companies, GraduateRepository graduates, MatchService matchService,
            MatchingProperties matching, AuditRecorder audit, SchoolSettings school, JdbcTemplate jdbc, SkillModules modules,
            ListingAccess access, ListingViews views) {
        this.listings = listings;
        this.companies = companies;
        this.graduates = graduates;
        this.matchService = matchService;
        this.matching = matching;
        this.audit = audit;
        this.school = school;
        this.jdbc = jdbc;
        this.modules = modules;
        this.access = access;
        this.views = views;
    }

    /** See {@link ListingService#matchesForListing}. */
    MatchesView forListing(Viewer viewer, UUID id, int k, Locale locale) {
        matching.requireTopK(k);
        Listing listing = access.manageable(viewer, id);
        Set<UUID> released = viewer.recruiter() && school.rankingPolicy() == RankingPolicy.RELEASED
                ? releasedTo(listing.getId()) : null;
        RankedMatches ranked = matchService.candidatesForListing(listing.getId(), released == null ? k : Math.max(k, matching.maxTopK()))
                .orElseThrow(() -> new ListingNotFoundException("listing", id));
        Map<UUID, GraduateProfile> people = byId(graduates.findAllById(ids(ranked, RankedMatch::graduateId)), GraduateProfile::getId);
        String companyName = companies.findById(listing.getCompanyId()).map(Company::getName).orElse(null);
        List<MatchView> out = new ArrayList<>();
        for (RankedMatch m : ranked.matches()) {
            GraduateProfile g = people.get(UUID.fromString(m.graduateId()));
            if (!GraduateAccess.shownTo(g, listing.getCompanyId())) {
                continue; // hid, blocked the company or was erased since the index was read: gone for this company
            }
            if (released != null && !released.contains(g.getId())) {
                continue; // the school shows recruiters only graduates a coach released to them
            }
            if (out.size() == k) {
                break;
            }
            out.add(views.matchView(out.size() + 1, m, g.getDisplayName(), listing.getTitle(), companyName, locale));
        }
        audit.matchesShown(listing.getId(), out.stream().map(MatchView::graduateId).toList(), ranked.modelVersion());
        return new MatchesView(out, ranked.considered(), ranked.modelVersion(), List.of());
    }

    /** See {@link ListingService#matchesForGraduate}. */
    MatchesView forGraduate(Viewer viewer, UUID graduateId, int k, Locale locale) {
        matching.requireTopK(k);
        if (!viewer.staff() && !graduateId.equals(viewer.graduateId())) {
            throw new ListingNotFoundException("graduate", graduateId);
        }
        RankedMatches ranked = matchService.listingsForGraduate(graduateId, Math.max(k, matching.maxTopK()))
                .orElseThrow(() -> new ListingNotFoundException("graduate", graduateId));
        List<SkillToLearn> toLearn = skillsToLearn(ranked, locale);
        ranked = new RankedMatches(ranked.matches().subList(0, Math.min(k, ranked.matches().size())), ranked.considered(),
                ranked.modelVersion());
        Map<UUID, Listing> found = byId(listings.findAllById(ids(ranked, RankedMatch::listingId)), Listing::getId);
        Map<UUID, String> companyNames = views.companyNames(List.copyOf(found.values()));
        String name = graduates.findById(graduateId).map(GraduateProfile::getDisplayName).orElse(null);
        List<MatchView> out = new ArrayList<>();
        for (RankedMatch m : ranked.matches()) {
            Listing l = found.get(UUID.fromString(m.listingId()));
            if (l == null || l.getStatus() != ListingStatus.OPEN) {
                continue; // closed since the index was written
            }
            out.add(views.matchView(out.size() + 1, m, name, l.getTitle(), companyNames.get(l.getCompanyId()), locale));
        }
        audit.listingsForGraduateShown(graduateId, ranked.modelVersion());
        return new MatchesView(out, ranked.considered(), ranked.modelVersion(), toLearn);
    }

    /**
     * The required skills most often missing from the open listings the graduate nearly matches
     * (one or two required skills short), most listings first: what to learn next to open them.
     */
    private List<SkillToLearn> skillsToLearn(RankedMatches ranked, Locale locale) {
        Map<SkillId, Integer> counts = new HashMap<>();
        for (RankedMatch m : ranked.matches()) {
            List<SkillId> missing = m.explanation().missingRequired();
            if (!missing.isEmpty() && missing.size() <= NEARLY) {
                missing.forEach(s -> counts.merge(s, 1, Integer::sum));
            }
        }
        Map<String, String> taughtIn = modules.bySkill();
        return counts.entrySet().stream()
                .map(e -> new SkillToLearn(e.getKey().value(), views.label(e.getKey(), locale), e.getValue(), taughtIn.get(e.getKey().value())))
                .sorted(Comparator.comparingInt(SkillToLearn::listings).reversed().thenComparing(SkillToLearn::label))
                .limit(SKILLS_TO_LEARN)
                .toList();
    }

    /**
     * Graduates a coach released to the listing's company for this listing: a proposal a coach made,
     * or a recruiter's interest a coach confirmed, whatever stage it is in now.
     */
    private Set<UUID> releasedTo(UUID listingId) {
        return new HashSet<>(jdbc.queryForList("""
                select graduate_id from proposal
                 where listing_id = ? and (origin = 'COACH' or coach_confirmed_at is not null)""", UUID.class, listingId));
    }

    private static List<UUID> ids(RankedMatches ranked, Function<RankedMatch, String> id) {
        return ranked.matches().stream().map(id).map(UUID::fromString).distinct().toList();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
