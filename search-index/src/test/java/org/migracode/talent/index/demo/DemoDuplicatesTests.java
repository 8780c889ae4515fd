package org.migracode.talent.index.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.demo.DemoDuplicates.Kind;
import org.migracode.talent.index.demo.DemoDuplicates.Twin;
import org.migracode.talent.index.demo.DemoRecords.Graduate;
import org.migracode.talent.index.duplicates.ContactKeys;
import org.migracode.talent.index.duplicates.DuplicateDetector;
import org.migracode.talent.index.duplicates.DuplicateReason;

class DemoDuplicatesTests {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 29);

    private final DemoDataGenerator generator = new DemoDataGenerator(20261129, DemoSizes.standard(), REFERENCE);

    private Set<DuplicateReason> reasons(Twin t) {
        return new DuplicateDetector().reasons(DemoDuplicates.person(generator.graduate(t.original()), generator),
                DemoDuplicates.person(generator.graduate(t.copy()), generator));
    }

    @Test
    void theStandardDemoHasFourPairsEachFoundByTheRealDetector() {
        assertThat(generator.duplicates().twins()).extracting(Twin::kind).containsExactly(Kind.values());
        for (Twin t : generator.duplicates().twins()) {
            Graduate a = generator.graduate(t.original());
            Graduate b = generator.graduate(t.copy());
            assertThat(b.cohortId()).as(t.toString()).isEqualTo(a.cohortId());
            Set<DuplicateReason> reasons = reasons(t);
            switch (t.kind()) {
                case EMAIL_CASE -> {
                    assertThat(b.email()).isNotEqualTo(a.email()).isEqualToIgnoringCase(a.email());
                    assertThat(reasons).contains(DuplicateReason.EMAIL, DuplicateReason.NAME);
                }
                case TRANSLITERATED -> {
                    assertThat(a.displayName()).startsWith("Mohammad ");
                    assertThat(b.displayName()).startsWith("Muhammad ");
                    assertThat(reasons).containsExactly(DuplicateReason.NAME);
                }
                case ACCENTS -> {
                    assertThat(a.displayName()).contains("Nguyễn");
                    assertThat(b.displayName()).contains("Nguyen");
                    assertThat(reasons).containsExactly(DuplicateReason.NAME);
                }
                case PHONE -> {
                    assertThat(b.phone()).doesNotContain("+34").isNotEqualTo(a.phone());
                    assertThat(ContactKeys.samePhone(a.phone(), b.phone())).isTrue();
                    assertThat(reasons).contains(DuplicateReason.PHONE);
                }
            }
        }
    }

    @Test
    void theDemoLoginsAndEveryOtherGraduateAreUntouchedAndIdsStayUnique() {
        DemoDuplicates none = new DemoDuplicates(new DemoSizes(6, 8, 2, 0));
        assertThat(none.twins()).as("too few graduates for a copy").isEmpty();
        Set<Integer> involved = new HashSet<>();
        generator.duplicates().twins().forEach(t -> {
            involved.add(t.original());
            involved.add(t.copy());
        });
        assertThat(involved).doesNotContain(0, 1).hasSize(8);
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Graduate g = generator.graduate(i);
            emails.add(g.email());
            if (!involved.contains(i)) {
                assertThat(g.displayName()).doesNotContain("Rostami", "Nguy", ",");
            }
        }
        assertThat(emails).as("stored addresses differ, even the one that differs only in case").hasSize(300);
    }

    @Test
    void smallDataSetsKeepThePairsThatFitInTheSameCohort() {
        DemoDataGenerator small = new DemoDataGenerator(7, new DemoSizes(3, 10, 2, 2), REFERENCE);
        assertThat(DemoDuplicates.offset(new DemoSizes(3, 10, 2, 2))).isEqualTo(6);
        assertThat(small.duplicates().twins()).extracting(Twin::copy).containsExactly(8, 9);
        for (Twin t : small.duplicates().twins()) {
            assertThat(small.graduate(t.copy()).cohortId()).isEqualTo(small.graduate(t.original()).cohortId());
        }
        assertThat(DemoDuplicates.mixedCase("amina.diallo.2@example.org")).isEqualTo("Amina.Diallo.2@Example.ORG");
    }

    @Test
    void twoStudentsOfTheNextToNewestCohortHaveACheckInDueAndAreNeitherLoginsNorDuplicates() {
        assertThat(CirrDemoData.scripted(DemoSizes.standard(), generator.duplicates())).containsExactly(
                java.util.Map.entry(16, CirrDemoData.Scripted.PLACEMENT_DUE), java.util.Map.entry(22, CirrDemoData.Scripted.GRADUATION_DUE));
        assertThat(generator.graduate(16).cohortId()).isEqualTo(generator.cohorts().get(4).id());
        DemoSizes single = new DemoSizes(1, 40, 2, 0);
        assertThat(CirrDemoData.scripted(single, new DemoDuplicates(single))).isEmpty();
    }
}
