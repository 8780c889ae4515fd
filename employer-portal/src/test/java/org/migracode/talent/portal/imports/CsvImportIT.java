package org.migracode.talent.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;

/** The CSV import: all or nothing, row errors with line and column, re-import updates, imported rows are searchable. */
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=24", "talent.demo.companies=6"})
class CsvImportIT extends MvcTestBase {

    private MockHttpServletResponse upload(String kind, String csv) throws Exception {
        return mvc.perform(post("/api/v1/admin/import/" + kind).with(tokens.bearer("admin")).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    private MockHttpServletResponse upload(String kind, String csv, String query) throws Exception {
        return mvc.perform(post("/api/v1/admin/import/" + kind + "?" + query).with(tokens.bearer("admin")).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    private Map<String, Object> graduate(String externalId) {
        return jdbc.queryForMap("select * from graduate_profile where external_id = ?", externalId);
    }

    private Map<String, String> skills(String externalId) {
        Map<String, String> out = new java.util.TreeMap<>();
        jdbc.query("select s.skill_id, s.level, s.source from graduate_skill s join graduate_profile g on g.id = s.graduate_id"
                + " where g.external_id = ?", rs -> {
                    out.put(rs.getString(1), rs.getInt(2) + "/" + rs.getString(3));
                }, externalId);
        return out;
    }

    private static final String FULL_GRADUATE = """
            external_id,display_name,cohort,email,phone,city,headline,summary,skills,languages,available_from
            imp-full,Farah Completa,%s,farah@example.org,+34 600 000 000,Barcelona,Junior developer,React and SQL.,react:3;sql:2,es:B2;ar:C2,2026-01-15
            """;

    private String fullGraduate(String externalId) {
        return FULL_GRADUATE.formatted(jdbc.queryForObject("select name from cohort order by name limit 1", String.class))
                .replace("imp-full", externalId);
    }

    /** Issue #13 item 3: an opted-out graduate stays hidden whatever a re-import says, and the consent time stays. */
    @Test
    void aReimportNeverChangesAnExistingGraduatesConsent() throws Exception {
        assertThat(upload("graduates", fullGraduate("imp-consent")).getStatus()).isEqualTo(200);
        // the graduate opted in, then opts out on /me
        Timestamp optedOut = Timestamp.valueOf("2026-02-01 10:00:00");
        jdbc.update("update graduate_profile set visible_to_employers = false, consent_changed_at = ? where external_id = 'imp-consent'",
                optedOut);
        String withVisible = fullGraduate("imp-consent").replace("available_from\n", "available_from,visible_to_employers\n")
                .replace("2026-01-15\n", "2026-01-15,true\n");

        MockHttpServletResponse again = upload("graduates", withVisible);
        assertThat(again.getStatus()).isEqualTo(200);
        Map<String, Object> stored = graduate("imp-consent");
        assertThat(stored.get("visible_to_employers")).isEqualTo(false);
        assertThat(stored.get("consent_changed_at")).isEqualTo(optedOut);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("visible_to_employers kept");
    }

    /** A new graduate is shown to employers only with a recorded basis; without visibility it is created hidden, with a consent time. */
    @Test
    void aNewGraduateShownToEmployersNeedsAConsentBasis() throws Exception {
        MockHttpServletResponse refused = upload("graduates", """
                external_id,display_name,visible_to_employers
                imp-nobasis,Sin Base,true
                """);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"column\":\"consent_basis\"");
        assertThat(jdbc.queryForObject("select count(*) from graduate_profile where external_id = 'imp-nobasis'", Integer.class)).isZero();

        assertThat(upload("graduates", "external_id,display_name\nimp-hidden,Oculta Nueva\n").getStatus()).isEqualTo(200);
        Map<String, Object> hidden = graduate("imp-hidden");
        assertThat(hidden.get("visible_to_employers")).isEqualTo(false);
        assertThat(hidden.get("consent_changed_at")).isNotNull();

        assertThat(upload("graduates", """
                external_id,display_name,visible_to_employers,consent_basis
                imp-withbasis,Con Base,true,signed consent form 2025-03-01
                """).getStatus()).isEqualTo(200);
        Map<String, Object> shown = graduate("imp-withbasis");
        assertThat(shown.get("visible_to_employers")).isEqualTo(true);
        assertThat(shown.get("consent_basis")).isEqualTo("signed consent form 2025-03-01");
        assertThat(shown.get("consent_changed_at")).isNotNull();
    }

    /** Issue #13 item 3: a column the file does not have, or an empty cell, leaves the stored value; skills merge and keep their source. */
    @Test
    void aSparseReimportKeepsWhatItDoesNotCarryAndSkillsMergeWithTheirSource() throws Exception {
        assertThat(upload("graduates", fullGraduate("imp-sparse")).getStatus()).isEqualTo(200);
        jdbc.update("update graduate_skill set source = 'PORTFOLIO' where skill_id = 'react'"
                + " and graduate_id = (select id from graduate_profile where external_id = 'imp-sparse')");
        Map<String, Object> before = graduate("imp-sparse");
        Map<String, String> skillsBefore = skills("imp-sparse");
        assertThat(skillsBefore).containsEntry("react", "3/PORTFOLIO");

        assertThat(upload("graduates", "external_id,display_name\nimp-sparse,Farah Renombrada\n").getStatus()).isEqualTo(200);
        Map<String, Object> after = graduate("imp-sparse");
        for (String column : new String[] {"email", "phone", "city", "headline", "summary", "cohort_id", "available_from"}) {
            assertThat(after.get(column)).as(column).isEqualTo(before.get(column));
        }
        assertThat(after.get("display_name")).isEqualTo("Farah Renombrada");
        assertThat(skills("imp-sparse")).isEqualTo(skillsBefore);
        assertThat(jdbc.queryForObject("select count(*) from graduate_language l join graduate_profile g on g.id = l.graduate_id"
                + " where g.external_id = 'imp-sparse'", Integer.class)).isEqualTo(2);

        // skills merge: a new skill is added, a re-stated one takes the new level and keeps its source
        assertThat(upload("graduates", "external_id,display_name,skills\nimp-sparse,Farah Renombrada,react:4;css:2\n").getStatus())
                .isEqualTo(200);
        assertThat(skills("imp-sparse")).containsEntry("react", "4/PORTFOLIO").containsEntry("sql", "2/DECLARED")
                .containsEntry("css", "2/DECLARED");

        // empty cells keep, unless clearEmpty
        String empties = "external_id,display_name,email,skills\nimp-sparse,Farah Renombrada,,\n";
        assertThat(upload("graduates", empties).getStatus()).isEqualTo(200);
        assertThat(graduate("imp-sparse").get("email")).isEqualTo("farah@example.org");
        assertThat(skills("imp-sparse")).hasSize(3);
        assertThat(upload("graduates", empties, "clearEmpty=true").getStatus()).isEqualTo(200);
        assertThat(graduate("imp-sparse").get("email")).isNull();
        assertThat(skills("imp-sparse")).isEmpty();
        assertThat(graduate("imp-sparse").get("phone")).as("not in the file: kept even with clearEmpty").isEqualTo("+34 600 000 000");
    }

    /** The absent-column rule for companies and listings too. */
    @Test
    void sparseCompanyAndListingReimportsKeepWhatTheyDoNotCarry() throws Exception {
        assertThat(upload("companies", "external_id,name,city,website,description\nimp-sp-co,Sparse Co SL,Girona,https://sp.example,Agency\n")
                .getStatus()).isEqualTo(200);
        assertThat(upload("listings", """
                external_id,company_external_id,type,title,description,city,remote_policy,start_date,status,required_skills,nice_skills
                imp-sp-l,imp-sp-co,INTERNSHIP,Prácticas SQL,Consultas y modelos.,Girona,REMOTE,2026-03-01,OPEN,sql:3,docker
                """).getStatus()).isEqualTo(200);

        assertThat(upload("companies", "external_id,name\nimp-sp-co,Sparse Co SL\n").getContentAsString()).contains("\"unchanged\":1");
        assertThat(jdbc.queryForMap("select city, website, description from company where external_id = 'imp-sp-co'"))
                .containsEntry("city", "Girona").containsEntry("website", "https://sp.example").containsEntry("description", "Agency");

        assertThat(upload("listings", "external_id,company_external_id,type,title\nimp-sp-l,imp-sp-co,INTERNSHIP,Prácticas SQL y Python\n")
                .getStatus()).isEqualTo(200);
        Map<String, Object> l = jdbc.queryForMap("select * from listing where external_id = 'imp-sp-l'");
        assertThat(l.get("title")).isEqualTo("Prácticas SQL y Python");
        assertThat(l.get("description")).isEqualTo("Consultas y modelos.");
        assertThat(l.get("city")).isEqualTo("Girona");
        assertThat(l.get("remote_policy")).isEqualTo("REMOTE");
        assertThat(l.get("status")).isEqualTo("OPEN");
        assertThat(String.valueOf(l.get("start_date"))).isEqualTo("2026-03-01");
        assertThat(jdbc.queryForObject("select count(*) from listing_required_skill where listing_id = ?", Integer.class, l.get("id")))
                .isEqualTo(1);
    }

    /** A preview shows per row what would change and writes nothing; the audit log has every import and preview. */
    @Test
    void aDryRunShowsEachRowsChangeAndWritesNothingAndEveryImportIsAudited() throws Exception {
        assertThat(upload("graduates", fullGraduate("imp-dry"), "fileName=first.csv").getStatus()).isEqualTo(200);
        String csv = """
                external_id,display_name,email,skills,visible_to_employers
                imp-dry,Farah Completa,farah.new@example.org,,
                imp-dry-new,Nueva Persona,nueva@example.org,javascript:2,
                imp-full-x,,,,
                """;
        MockHttpServletResponse preview = upload("graduates", csv, "dryRun=true&fileName=preview.csv");
        assertThat(preview.getStatus()).isEqualTo(200);
        String body = preview.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"dryRun\":true").contains("\"created\":1").contains("\"updated\":1").contains("\"refused\":1")
                .contains("\"change\":\"UPDATED\",\"fields\":[\"email\"]")
                .contains("\"externalId\":\"imp-dry-new\",\"change\":\"CREATED\"")
                .contains("\"change\":\"REFUSED\"");
        assertThat(graduate("imp-dry").get("email")).isEqualTo("farah@example.org");
        assertThat(jdbc.queryForObject("select count(*) from graduate_profile where external_id = 'imp-dry-new'", Integer.class)).isZero();

        MockHttpServletResponse unchanged = upload("graduates", fullGraduate("imp-dry"), "dryRun=true");
        assertThat(unchanged.getContentAsString()).contains("\"unchanged\":1").contains("\"change\":\"UNCHANGED\"");

        assertThat(jdbc.queryForList("select detail from audit_entry where action = 'ADMIN_IMPORT' and actor_role = 'ADMIN'", String.class))
                .anySatisfy(d -> assertThat(d).contains("file=first.csv").contains("created=1").contains("written=true"))
                .anySatisfy(d -> assertThat(d).contains("file=preview.csv").contains("dryRun=true").contains("updated=1")
                        .contains("refused=1").contains("written=false"));
    }

    /** The page: a preview from the upload form lists each row; a refused import is audited too. */
    @Test
    void theImportPagePreviewsRows() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "page-preview.csv", "text/csv",
                "external_id,name,city\nimp-page-co,Page Preview SL,Girona\n".getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/admin/import/companies").file(file).param("dryRun", "true").with(tokens.bearer("admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"import-rows\"").contains("imp-page-co").contains("name, city").contains("Preview");
        assertThat(jdbc.queryForObject("select count(*) from company where external_id = 'imp-page-co'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ADMIN_IMPORT' and detail like '%file=page-preview.csv%'",
                Integer.class)).isEqualTo(1);
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
                external_id,display_name,cohort,email,skills,languages,visible_to_employers,consent_basis
                imp-g-1,Zorionak Importada,,zori@example.org,javascript:3;react:2,es:C1;en:B1,true,consent form 2025-03-01
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
