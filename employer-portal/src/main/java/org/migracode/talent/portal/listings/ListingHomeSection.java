package org.migracode.talent.portal.listings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.listings.ListingStatus;
import org.migracode.talent.index.listings.ListingTitle;
import org.migracode.talent.portal.home.HomeCard;
import org.migracode.talent.portal.home.HomeCard.HomeLine;
import org.migracode.talent.portal.home.HomeSection;
import org.migracode.talent.portal.home.Texts;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Listings on the home page: a recruiter's open listings with their top matches and the drafts
 * not yet open; the coaches' open listings nobody was proposed for yet; a graduate's listings for
 * them. The same listings as the listing pages ({@link ListingService}), read as titles: the home page loads no
 * listing to count them.
 */
@Component
class ListingHomeSection implements HomeSection {

    static final int SHOWN = 5;
    static final int LISTINGS_WITH_MATCHES = 3;
    static final int TOP_MATCHES = 3;

    private final ListingService service;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;

    ListingHomeSection(ListingService service, MessageSource messages, JdbcTemplate jdbc) {
        this.service = service;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer, Locale locale) {
        Texts t = new Texts(messages, locale);
        if (viewer.recruiter()) {
            List<ListingTitle> open = service.titles(viewer, ListingStatus.OPEN);
            List<HomeLine> lines = new ArrayList<>();
            for (ListingTitle l : open.stream().limit(LISTINGS_WITH_MATCHES).toList()) {
                List<MatchesView.MatchView> top = service.matchesForListing(viewer, l.id(), TOP_MATCHES, locale).matches();
                String names = String.join(", ", top.stream().map(m -> m.graduateName() == null ? "—" : m.graduateName()).toList());
                lines.add(new HomeLine(l.title(), "/listings/" + l.id(),
                        top.isEmpty() ? t.get("home.listings.noMatches") : t.get("home.listings.topMatches", names)));
            }
            List<ListingTitle> drafts = service.titles(viewer, ListingStatus.DRAFT);
            return List.of(
                    new HomeCard("open-listings", 20, t.get("home.recruiter.open", open.size()), lines, t.get("home.recruiter.open.none"),
                            "/listings?status=OPEN", t.get("home.listings.all")),
                    new HomeCard("drafts", 30, t.get("home.recruiter.drafts", drafts.size()), lines(drafts),
                            t.get("home.recruiter.drafts.none"), "/listings?status=DRAFT", t.get("home.listings.all")));
        }
        if (viewer.role() == Role.COACH) {
            Set<UUID> proposed = new HashSet<>(jdbc.queryForList("select distinct listing_id from proposal", UUID.class));
            List<ListingTitle> none = service.titles(viewer, ListingStatus.OPEN).stream().filter(l -> !proposed.contains(l.id())).toList();
            return List.of(new HomeCard("no-proposal", 40, t.get("home.coach.noProposal", none.size()), lines(none),
                    t.get("home.coach.noProposal.none"), "/listings?status=OPEN", t.get("home.listings.all")));
        }
        if (viewer.role() == Role.GRADUATE && viewer.graduateId() != null) {
            MatchesView matches = service.matchesForGraduate(viewer, viewer.graduateId(), SHOWN, locale);
            List<HomeLine> lines = matches.matches().stream()
                    .map(m -> new HomeLine(m.listingTitle(), "/listings/" + m.listingId(),
                            m.companyName() + " · " + t.get("listings.match.points", Math.round(m.score()))))
                    .toList();
            // the graduate's plan: the skills that would open the most listings they nearly match, and what teaches each here
            List<HomeLine> doors = matches.skillsToLearn().stream()
                    .map(s -> new HomeLine(t.get("home.moreDoors.line", s.label(), s.listings()), "/me/listings#skills-to-learn",
                            s.module() == null ? null : t.get("curriculum.taughtIn", s.module())))
                    .toList();
            return List.of(new HomeCard("listings-for-you", 30, t.get("listings.mine.title"), lines, t.get("listings.mine.none"),
                    "/me/listings", t.get("home.listings.forYou")),
                    new HomeCard("more-doors", 35, t.get("home.moreDoors"), doors, t.get("home.moreDoors.none"), null, null));
        }
        return List.of();
    }

    /** The first {@value #SHOWN}, each with its company's name. */
    private List<HomeLine> lines(List<ListingTitle> listings) {
        List<ListingTitle> shown = listings.stream().limit(SHOWN).toList();
        Map<UUID, String> companies = service.companyNames(shown);
        return shown.stream().map(l -> new HomeLine(l.title(), "/listings/" + l.id(), companies.get(l.companyId()))).toList();
    }
}
