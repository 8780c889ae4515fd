package org.migracode.talent.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.IntegrationTest;
import org.migracode.talent.portal.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The CSV import: all or nothing, row errors with line and column, re-import updates, imported rows are searchable. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=24", "talent.demo.companies=6"})
class CsvImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JWKSource<SecurityContext> keys;

    TestTokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new TestTokens(keys);
    }

    private MockHttpServletResponse upload(String kind, String csv) throws Exception {
        return mvc.perform(post("/api/v1/admin/import/" + kind).with(tokens.bearer("admin")).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    @Test
    void oneInvalidRowImportsNothingAndNamesLineAndColumn() throws Exception {
        String csv = """
                external_id,name,city,website,description
                imp-ok-1,Importer One SL,Barcelona,,
                imp-ok-2,,Girona,,
                imp-ok-3,Importer Three SL,Madrid,,
                imp-ok-1,Importer Four SL,Madrid,,
                """;
        MockHttpServletResponse response = upload("companies", csv);
        assertThat(response.getStatus()).isEqualTo(400);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"line\":3").contains("\"column\":\"name\"").contains("required")
                .contains("\"line\":5").contains("appears twice");
        assertThat(jdbc.queryForObject("select count(*) from company where external_id like 'imp-ok-%'", Integer.class)).isZero();
    }

    @Test
    void reimportingUpdatesByExternalIdAndImportedRowsAreSearchable() throws Exception {
        String companies = "external_id,name,city\nimp-co,Reimport Web SL,Barcelona\n";
        assertThat(upload("companies", companies).getContentAsString()).contains("\"created\":1");
        String graduates = """
                external_id,display_name,cohort,email,skills,languages,visible_to_employers
                imp-g-1,Zorionak Importada,,zori@example.org,javascript:3;react:2,es:C1;en:B1,true
                """;
        assertThat(upload("graduates", graduates).getStatus()).isEqualTo(200);
        String listings = "external_id,company_external_id,type,title,status,required_skills\n"
                + "imp-l-1,imp-co,INTERNSHIP,Prácticas React importadas,OPEN,react:2\n";
        assertThat(upload("listings", listings).getStatus()).isEqualTo(200);

        var again = upload("graduates", graduates.replace("Zorionak Importada", "Zorionak Renamed"));
        assertThat(again.getContentAsString()).contains("\"created\":0").contains("\"updated\":1");
        assertThat(jdbc.queryForObject("select count(*) from graduate_profile where external_id = 'imp-g-1'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select display_name from graduate_profile where external_id = 'imp-g-1'", String.class))
                .isEqualTo("Zorionak Renamed");
        assertThat(upload("companies", companies.replace("Barcelona", "Girona")).getContentAsString()).contains("\"updated\":1");

        String search = mvc.perform(get("/api/v1/graduates?q=Zorionak").with(tokens.bearer("admin")).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(search).contains("Zorionak Renamed");
    }

    @Test
    void templatesAndFormulaLookingCellsAreHandled() throws Exception {
        String template = mvc.perform(get("/admin/import/templates/listings.csv").with(tokens.bearer("admin"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).startsWith("external_id,company_external_id,type,title");
        var bad = upload("listings", "external_id,company_external_id,type,title,start_date\nx,nobody,JOBS,T,2025-13-01\n");
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("company_external_id").contains("\"column\":\"type\"")
                .contains("\"column\":\"start_date\"");
        var unknownColumn = upload("companies", "external_id,name,nationality\na,b,c\n");
        assertThat(unknownColumn.getStatus()).isEqualTo(400);
        assertThat(unknownColumn.getContentAsString()).contains("nationality");
    }
}
