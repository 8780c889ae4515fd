package org.migracode.talent.index.fairness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.fairness.FairnessReport.GroupRow;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.matching.MatchService;
import org.migracode.talent.index.matching.RankedMatches;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fairness declaration never reaches matching or search, and the report computes the
 * four-fifths ratio per group with small groups suppressed.
 */
@IntegrationTest
class FairnessIT extends IndexTestBase {

    @Autowired FairnessDeclarations declarations;
    @Autowired FairnessMonitor monitor;
    @Autowired MatchService matches;

    final List<UUID> women = new ArrayList<>();
    final List<UUID> men = new ArrayList<>();
    final List<UUID> nonBinary = new ArrayList<>();
    UUID company;
    UUID listing;

    @BeforeEach
    void seed() {
        resetData();
        women.clear();
        men.clear();
        nonBinary.clear();
        tx.executeWithoutResult(s -> {
            company = companies.save(new Company(UUID.randomUUID(), "Blau Labs", "Barcelona")).getId();
            Listing l = new Listing(UUID.randomUUID(), company, ListingType.JOB, "Junior React Developer");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("javascript", 2)));
            l.open();
            listing = listings.save(l).getId();
            for (int i = 0; i < 23; i++) {
                GraduateProfile g = graduate("G" + i).withSkill("react", 1 + i % 5).withSkill("javascript", 1 + (i * 3) % 5).build();
                graduates.save(g);
                (i < 10 ? women : i < 20 ? men : nonBinary).add(g.getId());
            }
        });
    }

    @Test
    void noMatchingSearchOrGraduateClassDependsOnTheFairnessPackage() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.migracode.talent");
        noClasses().that().resideInAnyPackage("org.migracode.talent.core..", "org.migracode.talent.index.matching..",
                        "org.migracode.talent.index.search..", "org.migracode.talent.index.graduates..",
                        "org.migracode.talent.index.listings..", "org.migracode.talent.index.indexing..")
                .should().dependOnClassesThat().resideInAPackage("org.migracode.talent.index.fairness..")
                .check(classes);
    }

    @Test
    void scoresAreIdenticalWhateverTheDeclaration() {
        RankedMatches before = matches.candidatesForListing(listing, 50).orElseThrow();
        assertThat(before.matches()).hasSizeGreaterThan(10);
        declareAll(Gender.WOMAN, Region.SUB_SAHARAN_AFRICA);
        RankedMatches asWomen = matches.candidatesForListing(listing, 50).orElseThrow();
        declareAll(Gender.MAN, Region.EUROPE);
        RankedMatches asMen = matches.candidatesForListing(listing, 50).orElseThrow();
        assertThat(asWomen).isEqualTo(before);
        assertThat(asMen).isEqualTo(before);
        assertThat(matches.listingsForGraduate(women.get(0), 10)).isEqualTo(matches.listingsForGraduate(women.get(0), 10));
    }

    private void declareAll(Gender gender, Region region) {
        for (UUID id : women) {
            declarations.save(id, new FairnessDeclaration(gender, region, Instant.now()));
        }
        for (UUID id : men) {
            declarations.save(id, new FairnessDeclaration(gender, region, Instant.now()));
        }
    }

    @Test
    void theReportFlagsGroupsBelowFourFifthsAndSuppressesGroupsUnderFive() {
        women.forEach(id -> declarations.save(id, new FairnessDeclaration(Gender.WOMAN, Region.LATIN_AMERICA, Instant.now())));
        men.forEach(id -> declarations.save(id, new FairnessDeclaration(Gender.MAN, Region.LATIN_AMERICA, Instant.now())));
        nonBinary.forEach(id -> declarations.save(id, new FairnessDeclaration(Gender.NON_BINARY, null, Instant.now())));
        // 8 of 10 women proposed, 4 of 10 men; every proposed person interviewed; 2 women and 2 men hired
        for (int i = 0; i < 8; i++) {
            propose(women.get(i), i < 2 ? "HIRED" : "INTERVIEWING");
        }
        for (int i = 0; i < 4; i++) {
            propose(men.get(i), i < 2 ? "HIRED" : "INTERVIEWING");
        }
        propose(nonBinary.get(0), "HIRED");

        FairnessReport report = monitor.report();
        assertThat(report.declared()).isEqualTo(23);
        var gender = report.dimensions().get("gender");
        List<GroupRow> proposed = gender.get(0).groups();
        assertThat(gender.get(0).step()).isEqualTo("PROPOSED");
        assertThat(proposed).extracting(GroupRow::group).containsExactly("MAN", "NON_BINARY", "WOMAN");
        GroupRow menProposed = proposed.get(0);
        assertThat(menProposed.rate()).isEqualTo(0.4);
        assertThat(menProposed.impactRatio()).isEqualTo(0.5);
        assertThat(menProposed.flagged()).isTrue();
        assertThat(proposed.get(1)).isEqualTo(new GroupRow("NON_BINARY", true, null, null, null, null, false));
        assertThat(proposed.get(2).flagged()).isFalse();
        // interviews: every proposed person, ratio 1; men's 4 proposed are under 5, so suppressed there
        List<GroupRow> interviewed = gender.get(1).groups();
        assertThat(interviewed.get(0).suppressed()).isTrue();
        assertThat(interviewed.get(2).rate()).isEqualTo(1.0);
        // region: everyone declared LATIN_AMERICA except the non-binary group, who left it out
        assertThat(report.dimensions().get("region").get(0).groups()).extracting(GroupRow::group).containsExactly("LATIN_AMERICA");
    }

    @Test
    void withdrawingDeletesTheDeclaration() {
        UUID id = women.get(0);
        declarations.save(id, new FairnessDeclaration(Gender.WOMAN, null, Instant.now()));
        assertThat(declarations.find(id)).isPresent();
        assertThat(declarations.withdraw(id)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from fairness_declaration where graduate_id = ?", Integer.class, id)).isZero();
    }

    private void propose(UUID graduate, String stage) {
        jdbc.update("insert into proposal (id, graduate_id, listing_id, company_id, stage, origin) values (?, ?, ?, ?, ?, 'COACH')",
                UUID.randomUUID(), graduate, listing, company, stage);
    }
}
