package org.migracode.talent.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The report page, its CSV and PDF, and the API show the same numbers; suppressed cells carry no
 * numbers anywhere; the public page shows aggregates only. On the demo data (same context as the
 * security matrix).
 */
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=24", "talent.demo.companies=6"})
class ReportPageIT extends MvcTestBase {

    @Autowired
    ObjectMapper json;

    private String body(String uri, String user) throws Exception {
        var request = get(uri).accept(MediaType.ALL);
        if (user != null) {
            request.with(tokens.bearer(user));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void pageCsvPdfAndApiShowTheSameNumbers() throws Exception {
        JsonNode api = json.readTree(body("/api/v1/reports/outcomes?groupBy=period", "coach"));
        String page = body("/reports?groupBy=period", "coach");
        String csv = body("/reports/outcomes.csv?groupBy=period", "coach");
        byte[] pdfBytes = mvc.perform(get("/reports/outcomes.pdf?groupBy=period").with(tokens.bearer("coach"))).andReturn()
                .getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdfBytes);
        StringBuilder pdf = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            pdf.append(extractor.getTextFromPage(p)).append('\n');
        }
        String pdfText = pdf.toString().replaceAll("\\s+", " ");

        List<String> shown = new ArrayList<>();
        int suppressed = 0;
        for (JsonNode table : api.path("tables")) {
            for (JsonNode row : table.path("rows")) {
                for (JsonNode cell : row.path("cells")) {
                    String display = cell.path("display").asString();
                    if (cell.path("suppressed").asBoolean()) {
                        suppressed++;
                        assertThat(display).isEqualTo("<5");
                        assertThat(cell.path("value").isNull() && cell.path("numerator").isNull() && cell.path("denominator").isNull())
                                .as("a suppressed cell carries no numbers").isTrue();
                    } else {
                        shown.add(display);
                    }
                }
            }
        }
        assertThat(shown).isNotEmpty();
        assertThat(suppressed).as("the small demo has small cells").isPositive();
        for (String display : shown) {
            assertThat(page).contains(display.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            assertThat(csv).contains(display);
            assertThat(pdfText).contains(display);
        }
        assertThat(csv).contains("Generated on").contains("Grouped by").contains("Definition");
        assertThat(pdfText).contains("Definitions").contains("Grouped by");
        assertThat(page).contains("data-chart=").contains("&quot;goal&quot;:90").contains("<details").doesNotContain("style=");
    }

    @Test
    void thePublicPageShowsPublishedAggregatesOnly() throws Exception {
        String page = body("/reports/public", null);
        assertThat(page).contains("Published placement reports");
        assertThat(page).doesNotContain("staff only").doesNotContain("Not seeking: health");
        JsonNode api = json.readTree(body("/api/v1/reports/public", null));
        assertThat(api.toString()).doesNotContain("reason.");
    }

    @Test
    void aRecruiterSeesTheirOwnCompanyReportAndItsImpactSummary() throws Exception {
        String page = body("/reports/company", "recruiter");
        assertThat(page).contains("Proposals received").contains("Still employed").contains("data-chart=");
        var pdf = mvc.perform(get("/reports/company/impact.pdf").with(tokens.bearer("recruiter"))).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new PdfReader(pdf.getContentAsByteArray()).getNumberOfPages()).isEqualTo(1);
    }

    @Test
    void badGroupingIsABadRequestNotAnError() throws Exception {
        var response = mvc.perform(get("/api/v1/reports/outcomes?groupBy=nationality").with(tokens.bearer("coach"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }
}
