package org.migracode.talent.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * The search page's two listing choosers (shortlist for, propose to) list the right listings in the right order
 * without loading a single listing entity: a school's listings accumulate over the years, and each one loaded
 * brings its sentence embedding and collections. Same properties as LocalizedProblemIT (one context).
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class SearchPageListingChoicesIT extends MvcTestBase {

    private static final Pattern OPTION = Pattern.compile("<option value=\"([0-9a-f-]{36})\">([^<]*)</option>");

    record Row(UUID id, UUID company, String companyName, String title, String status, Instant createdAt) {
        /** Equal titles or labels: newest first, then by id. */
        static final Comparator<Row> NEWEST = Comparator.comparing(Row::createdAt, Comparator.reverseOrder()).thenComparing(Row::id);

        String staffLabel() {
            return companyName + " · " + title;
        }
    }

    @Test
    void coachesSeeEveryListingNotClosedToShortlistAndEveryOpenOneToProposeTo() throws Exception {
        List<Row> rows = rows();
        assertThat(rows).extracting(Row::status).contains("OPEN");
        String page = searchPageLoadingNoListing("coach");

        List<String> shortlist = options(page, "bulk-shortlist");
        assertThat(shortlist).containsExactlyElementsOf(rows.stream().filter(r -> !r.status().equals("CLOSED"))
                .sorted(Comparator.comparing(Row::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Row.NEWEST))
                .map(r -> r.id() + " " + r.staffLabel()).toList());

        List<String> propose = options(page, "bulk-listing");
        assertThat(propose).containsExactlyElementsOf(rows.stream().filter(r -> r.status().equals("OPEN"))
                .sorted(Comparator.comparing(Row::staffLabel, String.CASE_INSENSITIVE_ORDER).thenComparing(Row.NEWEST))
                .map(r -> r.id() + " " + r.staffLabel()).toList());
    }

    @Test
    void aRecruiterSeesTheirCompanysListingsNotClosedByTitleAndNoProposalChooser() throws Exception {
        UUID company = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        String page = searchPageLoadingNoListing("recruiter");
        List<String> expected = rows().stream().filter(r -> r.company().equals(company) && !r.status().equals("CLOSED"))
                .sorted(Comparator.comparing(Row::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Row.NEWEST))
                .map(r -> r.id() + " " + r.title()).toList();
        assertThat(expected).isNotEmpty();
        assertThat(options(page, "bulk-shortlist")).containsExactlyElementsOf(expected);
        assertThat(page).doesNotContain("id=\"bulk-listing\"");
    }

    /** GET /candidates as {@code username}, counting the listing entities Hibernate loads meanwhile (none allowed). */
    private String searchPageLoadingNoListing(String username) throws Exception {
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            String page = mvc.perform(get("/candidates").with(tokens.bearer(username))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(statistics.getEntityStatistics(Listing.class.getName()).getLoadCount()).as("listings loaded").isZero();
            return page;
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private List<Row> rows() {
        return jdbc.query("select l.id, l.company_id, c.name, l.title, l.status, l.created_at from listing l"
                        + " join company c on c.id = l.company_id",
                (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, java.sql.Timestamp.class).toInstant()));
    }

    /** "id label" of each option of the select {@code id}, in page order. */
    private static List<String> options(String page, String selectId) {
        int start = page.indexOf("<select id=\"" + selectId + "\"");
        assertThat(start).as("select " + selectId).isNotNegative();
        String select = page.substring(start, page.indexOf("</select>", start));
        List<String> options = new ArrayList<>();
        Matcher m = OPTION.matcher(select);
        while (m.find()) {
            options.add(m.group(1) + " " + HtmlUtils.htmlUnescape(m.group(2)));
        }
        return options;
    }
}
