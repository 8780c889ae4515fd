package org.migracode.talent.index.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.OutcomeCalculator;
import org.migracode.talent.core.report.OutcomeFigures;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.StudentFacts;
import org.migracode.talent.index.demo.DemoDataGenerator;
import org.migracode.talent.index.demo.DemoDataWriter;
import org.migracode.talent.index.demo.DemoSizes;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.index.proposals.ProposalStageChanged;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Demo outcomes, the HIRED → placement listener and erasure, on a real PostgreSQL. */
@IntegrationTest
class PlacementStoreIT extends IndexTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ReportFacts facts;

    @Autowired
    PlacementRepository placements;

    @Autowired
    List<PersonalDataContributor> contributors;

    DemoDataGenerator generator;

    @BeforeEach
    void demo() {
        resetData();
        generator = new DemoDataGenerator(20261129, new DemoSizes(6, 300, 8, 12), TODAY);
        new DemoDataWriter(dataSource, p -> "{noop}" + p).writeAll(generator);
    }

    @Test
    void demoCohortsHaveBelievableRatesAndTheClosedOnesArePublished() {
        List<ReportFacts.CohortRow> cohorts = facts.cohorts();
        assertThat(cohorts).hasSize(6);
        List<ReportFacts.StudentRow> students = facts.students();
        for (ReportFacts.CohortRow cohort : cohorts.subList(0, 5)) {
            List<StudentFacts> of = students.stream().filter(s -> s.cohortId().equals(cohort.id())).map(ReportFacts.StudentRow::facts).toList();
            OutcomeFigures f = OutcomeCalculator.compute(of, TODAY);
            assertThat(f.enrolled().value()).as(cohort.name()).isGreaterThan(50);
            assertThat(f.inField180OfSeeking().percent().doubleValue()).as(cohort.name()).isBetween(55.0, 95.0);
            assertThat(f.medianSalaryBand().suppressed()).isFalse();
        }
        OutcomeFigures all = OutcomeCalculator.compute(students.stream().map(ReportFacts.StudentRow::facts).toList(), TODAY);
        assertThat(all.internshipsOfPlaced180().percent().doubleValue()).isBetween(15.0, 40.0);
        assertThat(cohorts.subList(0, 5)).allSatisfy(c -> assertThat(c.publishedAt()).isNotNull());
        assertThat(cohorts.get(5).publishedAt()).as("the newest cohort's window is still open").isNull();
        assertThat(jdbc.queryForObject("select count(*) from employment_check_in", Integer.class)).isGreaterThan(50);
        assertThat(jdbc.queryForObject("select count(*) from student_outcome where graduate_id is null", Integer.class)).isPositive();
    }

    @Test
    void hiringThroughAProposalPrefillsOnePlacement() {
        UUID graduate = generator.graduate(7).id();
        UUID listing = generator.listings().get(0).id();
        UUID company = generator.listings().get(0).companyId();
        UUID proposal = UUID.randomUUID();
        jdbc.update("insert into proposal (id, graduate_id, listing_id, company_id, stage, origin) values (?, ?, ?, ?, 'HIRED', 'COACH')",
                proposal, graduate, listing, company);
        jdbc.update("delete from placement where graduate_id = ?", graduate);
        ProposalStageChanged hired = new ProposalStageChanged(proposal, graduate, listing, company, ProposalStage.OFFER,
                ProposalStage.HIRED, null, null, Instant.parse("2026-11-20T10:00:00Z"));

        tx.executeWithoutResult(s -> events.publishEvent(hired));
        tx.executeWithoutResult(s -> events.publishEvent(hired));

        Placement p = placements.findByProposalId(proposal).orElseThrow();
        assertThat(placements.findByGraduateIdOrderByStartDate(graduate)).hasSize(1);
        assertThat(p.getCompanyId()).isEqualTo(company);
        assertThat(p.getRoleTitle()).isEqualTo(generator.listings().get(0).title());
        assertThat(p.isInField()).isTrue();
        assertThat(p.getKind()).isIn(EmploymentKind.FULL_TIME_EMPLOYEE, EmploymentKind.APPRENTICESHIP_INTERNSHIP);
        assertThat(p.getSource()).isEqualTo(PlacementSource.PROPOSAL);
        assertThat(p.getStudentOutcomeId()).isNotNull();
        assertThat(jdbc.queryForObject("select status from student_outcome where graduate_id = ?", String.class, graduate))
                .isEqualTo(OutcomeStatus.EMPLOYED_IN_FIELD.name());
    }

    @Test
    void erasureKeepsTheStatisticsAndDropsThePerson() {
        UUID graduate = jdbc.queryForObject("select graduate_id from placement where in_field and graduate_id is not null "
                + "and employer_name is not null order by id limit 1", UUID.class);
        UUID placement = jdbc.queryForObject("select id from placement where graduate_id = ?", UUID.class, graduate);
        jdbc.update("insert into placement_evidence (placement_id, file_name, content_type, content) values (?, 'offer.pdf', 'application/pdf', ?)",
                placement, new byte[] {1, 2, 3});
        PersonalDataContributor contributor = contributors.stream().filter(c -> c.section().equals("placements")).findFirst().orElseThrow();
        assertThat(tx.execute(s -> contributor.export(graduate)).toString()).contains("hasEvidence=true").contains("status=EMPLOYED_IN_FIELD");
        var before = OutcomeCalculator.compute(facts.students().stream().map(ReportFacts.StudentRow::facts).toList(), TODAY);

        tx.executeWithoutResult(s -> contributor.erase(graduate));
        tx.executeWithoutResult(s -> contributor.erase(graduate));

        assertThat(jdbc.queryForObject("select count(*) from placement where graduate_id = ?", Integer.class, graduate)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from student_outcome where graduate_id = ?", Integer.class, graduate)).isZero();
        assertThat(jdbc.queryForMap("select employer_name, role_title, student_outcome_id from placement where id = ?", placement))
                .containsEntry("employer_name", null).containsEntry("role_title", null).doesNotContainEntry("student_outcome_id", null);
        assertThat(jdbc.queryForObject("select count(*) from placement_evidence where placement_id = ?", Integer.class, placement)).isZero();
        var after = OutcomeCalculator.compute(facts.students().stream().map(ReportFacts.StudentRow::facts).toList(), TODAY);
        assertThat(after).as("the statistics do not change").isEqualTo(before);
    }
}
