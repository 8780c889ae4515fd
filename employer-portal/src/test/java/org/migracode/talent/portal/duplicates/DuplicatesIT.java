package org.migracode.talent.portal.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.graduates.GraduateIndexFields;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * One record per person, end to end on the real database and index: an import with the same
 * person twice queues a pair (and merges nothing), a merge unions and moves everything into the
 * older record and takes the newer one out of the index, undo gives back exactly what was there,
 * "not a duplicate" is remembered, and only staff can see or decide anything.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class DuplicatesIT extends MvcTestBase {

    @Autowired
    EntityManagerFactory emf;

    private MockHttpServletResponse importCsv(String csv) throws Exception {
        return mvc.perform(post("/api/v1/admin/import/graduates").with(tokens.bearer("admin")).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    private String cohort() {
        return jdbc.queryForObject("select name from cohort order by name limit 1", String.class);
    }

    private UUID idOf(String externalId) {
        return jdbc.queryForObject("select id from graduate_profile where external_id = ?", UUID.class, externalId);
    }

    private List<Map<String, Object>> pairsOf(UUID graduate) {
        return jdbc.queryForList("select * from duplicate_pair where graduate_a = ? or graduate_b = ?", graduate, graduate);
    }

    /** Two rows of one CSV that are one person (transliterated name, Gmail spelling): both created, one pair queued, nothing merged. */
    private UUID[] importTwice(String tag) throws Exception {
        String csv = """
                external_id,display_name,cohort,email,phone,city,headline,skills,languages
                %1$s-a,Mohammad Al-Haddad %1$s,%2$s,m.alhaddad.%1$s@gmail.com,+34 6%3$08d,Barcelona,Frontend developer,react:3;css:2,es:B2;ar:C2
                %1$s-b,Muhammad Alhaddad %1$s,%2$s,MAlHaddad.%1$s+cv@gmail.com,,,,sql:2;react:1,en:B1
                """.formatted(tag, cohort(), Math.floorMod(tag.hashCode(), 100_000_000));
        assertThat(importCsv(csv).getStatus()).isEqualTo(200);
        UUID a = idOf(tag + "-a");
        UUID b = idOf(tag + "-b");
        // the first row is the older record, whatever the clock's resolution
        jdbc.update("update graduate_profile set created_at = created_at - interval '1 day' where id = ?", a);
        return new UUID[] {a, b};
    }

    private UUID openPair(UUID a, UUID b) {
        return jdbc.queryForObject("select id from duplicate_pair where status = 'OPEN' and"
                + " ((graduate_a = ? and graduate_b = ?) or (graduate_a = ? and graduate_b = ?))", UUID.class, a, b, b, a);
    }

    @Test
    void aCsvWithTheSamePersonTwiceQueuesAPairAndMergesNothing() throws Exception {
        UUID[] ids = importTwice("dup-csv");
        List<Map<String, Object>> pairs = pairsOf(ids[0]);
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).get("status")).isEqualTo("OPEN");
        assertThat((String) pairs.get(0).get("reasons")).contains("EMAIL").contains("NAME");
        assertThat(jdbc.queryForObject("select count(*) from graduate_profile where id in (?, ?) and merged_into is null and active",
                Integer.class, ids[0], ids[1])).isEqualTo(2);

        String queue = mvc.perform(get("/duplicates").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("Mohammad Al-Haddad dup-csv").contains("Muhammad Alhaddad dup-csv");
        MockHttpServletResponse page = mvc.perform(get("/duplicates/" + pairs.get(0).get("id")).with(tokens.bearer("coach")))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("m.alhaddad.dup-csv@gmail.com")
                .contains("MAlHaddad.dup-csv+cv@gmail.com").contains("same e-mail address");

        // importing the same file again changes nothing and queues nothing new
        long before = jdbc.queryForObject("select count(*) from duplicate_pair", Long.class);
        importTwice("dup-csv");
        assertThat(jdbc.queryForObject("select count(*) from duplicate_pair", Long.class)).isEqualTo(before);
    }

    /** Everything a record holds, as rows: what "nothing lost" compares. */
    private Map<String, Object> contents(UUID id) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> row = new LinkedHashMap<>(jdbc.queryForMap("select * from graduate_profile where id = ?", id));
        for (String volatileColumn : new String[] {"version", "updated_at", "consent_changed_at", "text_embedding", "text_embedding_key"}) {
            row.remove(volatileColumn);
        }
        out.put("profile", row);
        out.put("skills", jdbc.queryForList("select skill_id, level, source from graduate_skill where graduate_id = ? order by skill_id", id));
        out.put("languages", jdbc.queryForList("select language_code, level from graduate_language where graduate_id = ? order by 1", id));
        out.put("projects", jdbc.queryForList("select title, description, url, technologies::text from portfolio_project"
                + " where graduate_id = ? order by position", id));
        out.put("blocked", jdbc.queryForList("select company_id from graduate_blocked_company where graduate_id = ? order by 1", id));
        out.put("proposals", jdbc.queryForList("select id, listing_id, stage from proposal where graduate_id = ? order by id", id));
        out.put("placements", jdbc.queryForList("select id from placement where graduate_id = ? order by id", id));
        out.put("interactions", jdbc.queryForList("select id from graduate_interaction where graduate_id = ? order by id", id));
        return out;
    }

    private long indexed(UUID id) {
        EntityManager em = emf.createEntityManager();
        try {
            return Search.session(em).search(GraduateProfile.class).where(f -> f.id().matching(id)).fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    private long indexedWithSkill(UUID id, String skill) {
        EntityManager em = emf.createEntityManager();
        try {
            return Search.session(em).search(GraduateProfile.class)
                    .where(f -> f.and(f.id().matching(id), f.match().field(GraduateIndexFields.SKILL).matching(skill)))
                    .fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    @Test
    void aMergeUnionsAndMovesIntoTheOlderRecordAndUndoGivesEverythingBack() throws Exception {
        // not "dup-merge": the name is shown to the recruiter, whose pages must never say "merge" (here and in StaffOnlyDataIT)
        UUID[] ids = importTwice("dup-union");
        UUID kept = ids[0];
        UUID newer = ids[1];
        // the newer record has a project, a blocked company, a proposal and a placement of its own
        jdbc.update("insert into portfolio_project (graduate_id, position, title, description, url, technologies)"
                + " values (?, 0, 'Recetas', 'Una app de recetas', 'https://example.org/r', '{react,sql}')", newer);
        UUID company = jdbc.queryForObject("select id from company order by name limit 1", UUID.class);
        jdbc.update("insert into graduate_blocked_company (graduate_id, company_id) values (?, ?)", newer, company);
        Map<String, Object> listing = jdbc.queryForMap("select id, company_id from listing where status = 'OPEN' order by id limit 1");
        UUID proposal = UUID.randomUUID();
        jdbc.update("insert into proposal (id, graduate_id, listing_id, company_id, stage, origin) values (?, ?, ?, ?, 'PROPOSED', 'COACH')",
                proposal, newer, listing.get("id"), listing.get("company_id"));
        UUID cohortId = jdbc.queryForObject("select cohort_id from graduate_profile where id = ?", UUID.class, newer);
        UUID placement = UUID.randomUUID();
        jdbc.update("insert into placement (id, cohort_id, graduate_id, employer_name, in_field, kind, start_date, source)"
                + " values (?, ?, ?, 'Tienda SL', true, 'FULL_TIME_EMPLOYEE', date '2026-01-10', 'INDEPENDENT')", placement, cohortId, newer);
        Map<String, Object> keptBefore = contents(kept);
        Map<String, Object> newerBefore = contents(newer);
        assertThat(indexed(newer)).isEqualTo(1);
        UUID pair = openPair(kept, newer);

        MockHttpServletResponse merged = mvc.perform(post("/duplicates/" + pair + "/merge").with(tokens.bearer("coach")))
                .andReturn().getResponse();
        assertThat(merged.getStatus()).isEqualTo(302);

        // the older record has the union, each skill with its own source; the newer one is merged and out of the index
        assertThat(jdbc.queryForList("select skill_id from graduate_skill where graduate_id = ? order by 1", String.class, kept))
                .containsExactly("css", "react", "sql");
        assertThat(jdbc.queryForObject("select level from graduate_skill where graduate_id = ? and skill_id = 'react'", Integer.class, kept))
                .as("the kept record's own level stays").isEqualTo(3);
        assertThat(jdbc.queryForList("select language_code from graduate_language where graduate_id = ? order by 1", String.class, kept))
                .containsExactly("ar", "en", "es");
        assertThat(jdbc.queryForList("select title from portfolio_project where graduate_id = ?", String.class, kept)).containsExactly("Recetas");
        assertThat(jdbc.queryForList("select company_id from graduate_blocked_company where graduate_id = ?", UUID.class, kept))
                .as("a block is never lost").containsExactly(company);
        assertThat(jdbc.queryForObject("select graduate_id from proposal where id = ?", UUID.class, proposal)).isEqualTo(kept);
        assertThat(jdbc.queryForObject("select graduate_id from placement where id = ?", UUID.class, placement)).isEqualTo(kept);
        assertThat(jdbc.queryForMap("select merged_into, active from graduate_profile where id = ?", newer))
                .containsEntry("merged_into", kept).containsEntry("active", false);
        assertThat(indexed(newer)).as("the merged record leaves the index").isZero();
        assertThat(indexedWithSkill(kept, "sql")).as("the kept record is reindexed with the skills it gained").isEqualTo(1);
        Map<String, Object> merge = jdbc.queryForMap("select * from graduate_merge where kept_id = ?", kept);
        assertThat(merge.get("merged_id")).isEqualTo(newer);
        assertThat(merge.get("merged_by")).as("who merged is recorded").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'GRADUATES_MERGED' and graduate_id in (?, ?)",
                Integer.class, kept, newer)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from duplicate_pair where id = ?", String.class, pair)).isEqualTo("MERGED");

        // merging again is refused, with the queue and a notice
        assertThat(mvc.perform(post("/duplicates/" + pair + "/merge").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getStatus()).isEqualTo(409);

        // employers never see a merge: the recruiter's proposal now names the kept graduate, and nothing says "merge"
        String recruiterProposals = mvc.perform(get("/api/v1/proposals").with(tokens.bearer("recruiter"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(recruiterProposals.toLowerCase()).doesNotContain("merge").doesNotContain(newer.toString());

        MockHttpServletResponse undone = mvc.perform(post("/duplicates/merges/" + merge.get("id") + "/undo").with(tokens.bearer("admin")))
                .andReturn().getResponse();
        assertThat(undone.getStatus()).isEqualTo(302);
        assertThat(contents(kept)).isEqualTo(keptBefore);
        assertThat(contents(newer)).isEqualTo(newerBefore);
        assertThat(indexed(newer)).as("the restored record is indexed again").isEqualTo(1);
        assertThat(indexedWithSkill(kept, "sql")).isZero();
        assertThat(jdbc.queryForObject("select undone_at from graduate_merge where id = ?", Timestamp.class, merge.get("id"))).isNotNull();
        assertThat(mvc.perform(post("/duplicates/merges/" + merge.get("id") + "/undo").with(tokens.bearer("admin"))).andReturn()
                .getResponse().getStatus()).as("undone once only").isEqualTo(409);
    }

    @Test
    void aMergeOlderThanThirtyDaysCannotBeUndone() throws Exception {
        UUID[] ids = importTwice("dup-old");
        mvc.perform(post("/duplicates/" + openPair(ids[0], ids[1]) + "/merge").with(tokens.bearer("admin")));
        UUID merge = jdbc.queryForObject("select id from graduate_merge where kept_id = ?", UUID.class, ids[0]);
        jdbc.update("update graduate_merge set merged_at = ? where id = ?", Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), merge);
        assertThat(mvc.perform(post("/duplicates/merges/" + merge + "/undo").with(tokens.bearer("admin"))).andReturn().getResponse()
                .getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select merged_into from graduate_profile where id = ?", UUID.class, ids[1])).isEqualTo(ids[0]);

        // the merged record is the same person's data: in their download, and erased with them
        String export = mvc.perform(get("/api/v1/admin/graduates/" + ids[0] + "/export").with(tokens.bearer("admin"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(export).contains("\"mergedRecords\"").contains("Muhammad Alhaddad dup-old");
        // the coach's view of the merged-away record leads to the kept one
        assertThat(mvc.perform(get("/graduates/" + ids[1]).with(tokens.bearer("coach"))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/graduates/" + ids[0]);
        assertThat(mvc.perform(post("/api/v1/admin/graduates/" + ids[0] + "/erasure").with(tokens.bearer("admin"))).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from graduate_profile where id in (?, ?)", Integer.class, ids[0], ids[1])).isZero();
    }

    @Test
    void notADuplicateIsRemembered() throws Exception {
        UUID[] ids = importTwice("dup-dismiss");
        UUID pair = openPair(ids[0], ids[1]);
        assertThat(mvc.perform(post("/duplicates/" + pair + "/dismiss").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        // a new phone number on both records would match again: the pair is not proposed again
        assertThat(importCsv("external_id,display_name,phone\ndup-dismiss-a,Mohammad Al-Haddad dup-dismiss,+34 622 333 491\n"
                + "dup-dismiss-b,Muhammad Alhaddad dup-dismiss,622333491\n").getStatus()).isEqualTo(200);
        assertThat(pairsOf(ids[0])).singleElement().satisfies(p -> assertThat(p.get("status")).isEqualTo("DISMISSED"));
        assertThat(mvc.perform(get("/duplicates/" + pair).with(tokens.bearer("coach"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/duplicates").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("dup-dismiss");
    }

    @Test
    void onlyStaffSeeTheQueueOrDecide() throws Exception {
        UUID[] ids = importTwice("dup-refuse");
        UUID pair = openPair(ids[0], ids[1]);
        for (String who : new String[] {"recruiter", "graduate"}) {
            assertThat(mvc.perform(get("/duplicates").with(tokens.bearer(who))).andReturn().getResponse().getStatus()).as(who).isEqualTo(403);
            assertThat(mvc.perform(get("/duplicates/" + pair).with(tokens.bearer(who))).andReturn().getResponse().getStatus()).as(who)
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/duplicates/" + pair + "/merge").with(tokens.bearer(who))).andReturn().getResponse().getStatus())
                    .as(who).isEqualTo(403);
            assertThat(mvc.perform(post("/duplicates/" + pair + "/dismiss").with(tokens.bearer(who))).andReturn().getResponse()
                    .getStatus()).as(who).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select status from duplicate_pair where id = ?", String.class, pair)).isEqualTo("OPEN");
        assertThat(mvc.perform(get("/duplicates/" + UUID.randomUUID()).with(tokens.bearer("coach"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/duplicates/not-a-uuid").with(tokens.bearer("coach"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/duplicates/merges/" + UUID.randomUUID() + "/undo").with(tokens.bearer("coach"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }
}
