package org.migracode.talent.portal.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * The listing cards of the home page count and show the right listings, newest first, each with its company, and
 * read them as titles: the cards load no listing to count them (a recruiter's, only the three whose top matches they
 * show). Same properties as LocalizedProblemIT (one context).
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class HomeListingCardsIT extends MvcTestBase {

    private static final Pattern LINE = Pattern.compile("<a href=\"/listings/([0-9a-f-]{36})\">([^<]*)</a>\\s*"
            + "(?:<span class=\"muted\">([^<]*)</span>)?");

    record Row(UUID id, UUID company, String companyName, String title, String status, Instant createdAt) {
        static final Comparator<Row> NEWEST = Comparator.comparing(Row::createdAt, Comparator.reverseOrder()).thenComparing(Row::id);
    }

    @Test
    void theCoachesCardCountsTheOpenListingsWithoutAProposal() throws Exception {
        List<UUID> proposed = jdbc.queryForList("select distinct listing_id from proposal", UUID.class);
        List<Row> expected = rows().stream().filter(r -> r.status().equals("OPEN") && !proposed.contains(r.id()))
                .sorted(Row.NEWEST).toList();
        String page = home("coach");
        String card = card(page, "no-proposal");
        assertThat(card).contains(expected.isEmpty() ? "Every open listing has a proposal"
                : expected.size() == 1 ? "1 open listing with no proposal" : expected.size() + " open listings with no proposal");
        assertThat(lines(card)).containsExactlyElementsOf(expected.stream().limit(5).map(r -> line(r, r.companyName())).toList());
    }

    @Test
    void aRecruitersCardsCountTheirOpenListingsAndDraftsAndShowTheNewestDrafts() throws Exception {
        UUID company = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        List<Row> own = rows().stream().filter(r -> r.company().equals(company)).sorted(Row.NEWEST).toList();
        List<Row> open = own.stream().filter(r -> r.status().equals("OPEN")).toList();
        List<Row> drafts = own.stream().filter(r -> r.status().equals("DRAFT")).toList();
        String page = home("recruiter");

        String openCard = card(page, "open-listings");
        assertThat(openCard).contains(open.size() == 1 ? "1 open listing" : open.size() + " open listings");
        assertThat(lines(openCard).stream().map(l -> l.substring(0, 36)).toList())
                .containsExactlyElementsOf(open.stream().limit(3).map(r -> r.id().toString()).toList());

        String draftCard = card(page, "drafts");
        assertThat(lines(draftCard)).containsExactlyElementsOf(drafts.stream().limit(5).map(r -> line(r, r.companyName())).toList());
    }

    @Test
    void theCardsLoadNoListingToCountThem() {
        assertThat(listingsLoadedBy(viewer("coach", Role.COACH))).isZero();
        UUID company = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        long open = rows().stream().filter(r -> r.company().equals(company) && r.status().equals("OPEN")).count();
        assertThat(listingsLoadedBy(viewer("recruiter", Role.RECRUITER))).as("only the listings whose top matches are shown")
                .isLessThanOrEqualTo(Math.min(ListingHomeSection.LISTINGS_WITH_MATCHES, open));
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").header("Accept-Language", "en").with(tokens.bearer(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Viewer viewer(String username, Role role) {
        return jdbc.queryForObject("select id, company_id, display_name from user_account where username = ?",
                (rs, i) -> new Viewer(role, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null, username, rs.getString(3)),
                username);
    }

    /** The listing entities Hibernate loads while the listing section builds its cards for {@code viewer}. */
    private long listingsLoadedBy(Viewer viewer) {
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(viewer.name(), null, "ROLE_" + viewer.role().name()));
        try {
            assertThat(context.getBean(ListingHomeSection.class).cards(viewer, Locale.ENGLISH)).isNotEmpty();
            return statistics.getEntityStatistics(Listing.class.getName()).getLoadCount();
        } finally {
            SecurityContextHolder.clearContext();
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private List<Row> rows() {
        return jdbc.query("select l.id, l.company_id, c.name, l.title, l.status, l.created_at from listing l"
                        + " join company c on c.id = l.company_id",
                (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, Timestamp.class).toInstant()));
    }

    private static String card(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("card " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** "id title · detail" of each line of a card. */
    private static List<String> lines(String card) {
        List<String> lines = new ArrayList<>();
        Matcher m = LINE.matcher(card);
        while (m.find()) {
            lines.add(m.group(1) + " " + HtmlUtils.htmlUnescape(m.group(2)) + " · " + (m.group(3) == null ? "" : HtmlUtils.htmlUnescape(m.group(3))));
        }
        return lines;
    }

    private static String line(Row r, String detail) {
        return r.id() + " " + r.title() + " · " + detail;
    }
}
