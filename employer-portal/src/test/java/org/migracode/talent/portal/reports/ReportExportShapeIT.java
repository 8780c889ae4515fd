package org.migracode.talent.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * The CSV opens in a spreadsheet as one table (one header row, numbers in their own columns,
 * metadata trailing); a company sees its own pipeline counts exactly, never another company's;
 * the PDF carries the school's name and the charts' titles; unknown addresses answer a browser
 * with a page and the API with problem JSON. Same context as {@link ReportPageIT}.
 */
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=24", "talent.demo.companies=6"})
class ReportExportShapeIT extends MvcTestBase {

    private static final List<String> HEADER = List.of("Table", "Figure", "Group", "Value", "Numerator", "Denominator", "As shown",
            "Definition");

    private String body(String uri, String user) throws Exception {
        var response = mvc.perform(get(uri).accept(MediaType.ALL).with(tokens.bearer(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The table part of a CSV: every record up to the first empty line, checked for shape. */
    private static List<CSVRecord> table(String csv) throws Exception {
        List<CSVRecord> all = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(csv)).getRecords();
        assertThat(all.get(0).toList()).as("one header row first").isEqualTo(HEADER);
        int end = 1;
        while (end < all.size() && !(all.get(end).size() == 1 && all.get(end).get(0).isEmpty())) {
            end++;
        }
        List<CSVRecord> rows = all.subList(1, end);
        assertThat(rows).isNotEmpty();
        for (CSVRecord r : rows) {
            assertThat(r.size()).as("every line has the header's columns: %s", r).isEqualTo(HEADER.size());
            if (!r.get(3).isEmpty()) {
                new BigDecimal(r.get(3)); // a number alone in its column
            }
            if (r.get(6).equals("<5")) {
                assertThat(r.get(3) + r.get(4) + r.get(5)).as("a suppressed cell carries no number: %s", r).isEmpty();
            }
        }
        assertThat(all.subList(end, all.size()).stream().filter(r -> r.size() > 1 || !r.get(0).isEmpty()))
                .as("trailing metadata: one cell per line").allSatisfy(r -> assertThat(r.size()).isEqualTo(1));
        return rows;
    }

    @Test
    void theCsvIsOneTableWithOneHeaderRowAndNumbersInTheirOwnColumns() throws Exception {
        String csv = body("/reports/outcomes.csv?groupBy=period", "coach");
        List<CSVRecord> rows = table(csv);
        assertThat(rows).anySatisfy(r -> assertThat(r.get(3)).isNotEmpty());
        assertThat(rows).anySatisfy(r -> assertThat(r.get(4)).isNotEmpty());
        assertThat(csv.strip()).contains("Migracode Barcelona").contains("Generated on").contains("Grouped by");
        assertThat(csv.lines().findFirst().orElseThrow()).doesNotContain("Placement outcomes");
    }

    @Test
    void aRecruiterSeesTheirOwnCompanysCountsExactlyButNotAnotherCompanysReport() throws Exception {
        // a small company of its own: two proposals from a coach, neither answered yet
        UUID company = UUID.randomUUID();
        jdbc.update("insert into company (id, name) values (?, 'Tiny Labs')", company);
        jdbc.update("insert into user_account (id, username, display_name, role, company_id) values (?, 'tiny-recruiter',"
                + " 'Tina Tiny', 'RECRUITER', ?)", UUID.randomUUID(), company);
        UUID other = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        UUID coach = jdbc.queryForObject("select id from user_account where username = 'coach'", UUID.class);
        UUID listing = UUID.randomUUID();
        jdbc.update("insert into listing (id, company_id, type, title, status) values (?, ?, 'JOB', 'Export test listing', 'OPEN')",
                listing, company);
        for (UUID g : jdbc.queryForList("select id from graduate_profile order by id desc limit 2", UUID.class)) {
            UUID p = UUID.randomUUID();
            jdbc.update("insert into proposal (id, graduate_id, listing_id, company_id, stage, created_by, origin, coach_account_id)"
                    + " values (?, ?, ?, ?, 'PROPOSED', ?, 'COACH', ?)", p, g, listing, company, coach, coach);
            jdbc.update("insert into proposal_transition (proposal_id, from_stage, to_stage, actor_account_id) values (?, null, 'PROPOSED', ?)",
                    p, coach);
        }

        // the listing exists only in the database, not in the search index: remove it afterwards, or the
        // index health check (database rows = index documents) reports DOWN for every later test of this context
        try {
            List<CSVRecord> rows = table(body("/reports/company.csv", "tiny-recruiter"));
            CSVRecord received = rows.stream().filter(r -> r.get(1).equals("Proposals received")).findFirst().orElseThrow();
            assertThat(received.get(3)).as("own count below 5, shown").isEqualTo("2");
            assertThat(received.get(6)).isEqualTo("2");
            CSVRecord waiting = rows.stream().filter(r -> r.get(1).equals("Proposals still waiting for your answer")).findFirst().orElseThrow();
            assertThat(waiting.get(3)).isEqualTo("2");
            CSVRecord answered = rows.stream().filter(r -> r.get(1).equals("Proposals the employer answered")).findFirst().orElseThrow();
            assertThat(answered.get(4) + "/" + answered.get(5)).isEqualTo("0/2");
            assertThat(rows).filteredOn(r -> r.get(0).equals("How hires are doing (employer check-ins)")).allSatisfy(r -> assertThat(r.get(6)).isEqualTo("<5"));

            String page = body("/reports/company", "tiny-recruiter");
            assertThat(page).contains("Answered 0 of 2 proposals from coaches: 2 are still waiting for your answer.");

            for (String uri : List.of("/reports/company?companyId=" + other, "/reports/company.csv?companyId=" + other,
                    "/reports/company/impact.pdf?companyId=" + other)) {
                assertThat(mvc.perform(get(uri).with(tokens.bearer("tiny-recruiter"))).andReturn().getResponse().getStatus()).as(uri)
                        .isEqualTo(404);
            }
            String theirs = body("/reports/company.csv?companyId=" + company, "coach");
            assertThat(theirs).contains("Tiny Labs");
        } finally {
            jdbc.update("delete from proposal_transition where proposal_id in (select id from proposal where listing_id = ?)", listing);
            jdbc.update("delete from proposal where listing_id = ?", listing);
            jdbc.update("delete from listing where id = ?", listing);
        }
    }

    @Test
    void thePdfCarriesTheSchoolsNameAndTheCharts() throws Exception {
        byte[] bytes = mvc.perform(get("/reports/outcomes.pdf").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsByteArray();
        PdfReader reader = new PdfReader(bytes);
        String first = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(first).contains("Migracode Barcelona").contains("Days from graduation to an in-field start")
                .contains("Goal 90%");
        assertThat(reader.getPageN(1).toString()).isNotEmpty();
        byte[] impact = mvc.perform(get("/reports/company/impact.pdf").with(tokens.bearer("recruiter"))).andReturn().getResponse()
                .getContentAsByteArray();
        String text = new PdfTextExtractor(new PdfReader(impact)).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text).contains("Migracode Barcelona");
    }

    @Test
    void anUnknownAddressAnswersABrowserWithAPageAndTheApiWithProblemJson() throws Exception {
        var page = mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML, MediaType.ALL).with(tokens.bearer("recruiter")))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Page not found").contains("href=\"/\"");
        var es = mvc.perform(get("/no-such-page").header("Accept-Language", "es").accept(MediaType.TEXT_HTML)
                .with(tokens.bearer("recruiter"))).andReturn().getResponse();
        assertThat(es.getContentAsString(StandardCharsets.UTF_8)).contains("Página no encontrada");

        for (var request : List.of(get("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML, MediaType.ALL),
                get("/no-such-page").accept(MediaType.APPLICATION_JSON))) {
            var api = mvc.perform(request.with(tokens.bearer("recruiter"))).andReturn().getResponse();
            assertThat(api.getStatus()).isEqualTo(404);
            assertThat(api.getContentType()).startsWith("application/problem+json");
            assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":404");
        }
    }
}
