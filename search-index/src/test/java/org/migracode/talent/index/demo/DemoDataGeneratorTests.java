package org.migracode.talent.index.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.demo.DemoRecords.Graduate;

class DemoDataGeneratorTests {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 29);

    private final DemoDataGenerator generator = new DemoDataGenerator(42, DemoSizes.standard(), REFERENCE);

    @Test
    void sameSeedGivesTheSameDataToTheByte() {
        DemoDataGenerator again = new DemoDataGenerator(42, DemoSizes.standard(), REFERENCE);

        assertThat(again.companies()).isEqualTo(generator.companies());
        assertThat(again.cohorts()).isEqualTo(generator.cohorts());
        assertThat(again.listings()).isEqualTo(generator.listings());
        IntStream.range(0, 300).forEach(i -> assertThat(again.graduate(i)).isEqualTo(generator.graduate(i)));
    }

    @Test
    void anotherSeedGivesOtherData() {
        DemoDataGenerator other = new DemoDataGenerator(43, DemoSizes.standard(), REFERENCE);

        assertThat(other.graduate(7)).isNotEqualTo(generator.graduate(7));
    }

    @Test
    void standardSizesMatchTheDemoPromise() {
        assertThat(generator.cohorts()).hasSize(6);
        assertThat(generator.companies()).hasSize(40);
        assertThat(generator.listings()).hasSize(120);
        long internships = generator.listings().stream().filter(l -> l.type() == ListingType.INTERNSHIP).count();
        assertThat(internships).isEqualTo(40);
        assertThat(generator.cohorts().get(0).startDate()).isAfter(REFERENCE.minusYears(4));
        assertThat(generator.cohorts().get(5).graduationDate()).isBefore(REFERENCE);
    }

    @Test
    void listingsAreWrittenInThreeLanguages() {
        List<String> titles = generator.listings().stream().map(DemoRecords.Listing::title).toList();

        assertThat(titles).anyMatch(t -> t.contains("Desarrollador/a"));
        assertThat(titles).anyMatch(t -> t.contains("Desenvolupador/a") || t.contains("Dades"));
        assertThat(titles).anyMatch(t -> t.contains("Developer"));
    }

    @Test
    void graduatesHaveCurriculumSkillsLanguagesAndProjects() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Graduate g = generator.graduate(i);
            assertThat(g.skills()).extracting(DemoRecords.Skill::skillId).contains("html", "javascript");
            assertThat(g.skills()).allSatisfy(s -> assertThat(s.level()).isBetween(1, 5));
            assertThat(g.languages()).extracting(DemoRecords.Language::code).contains("es", "en");
            assertThat(g.projects()).isNotEmpty();
            names.add(g.displayName());
        }
        assertThat(names).hasSizeGreaterThan(250);
    }

    @Test
    void accountsCoverEveryRoleAndTwoCompanies() {
        assertThat(generator.accounts()).extracting(DemoRecords.Account::role)
                .contains("ADMIN", "COACH", "RECRUITER", "GRADUATE");
        assertThat(generator.accounts()).filteredOn(a -> a.role().equals("RECRUITER"))
                .extracting(DemoRecords.Account::companyId).doesNotHaveDuplicates().hasSize(2);
    }
}
