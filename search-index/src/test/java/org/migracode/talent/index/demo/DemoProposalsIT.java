package org.migracode.talent.index.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.index.proposals.ProposalTransition;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo proposals: deterministic, consistent histories in the past, and some for the demo recruiter and graduate. */
@IntegrationTest
class DemoProposalsIT extends IndexTestBase {

    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 29);

    @Autowired
    ProposalRepository proposals;

    @Test
    void theSameSeedGivesTheSameProposals() {
        DemoDataGenerator generator = new DemoDataGenerator(20261129, DemoSizes.standard(), REFERENCE);
        var first = new DemoProposals(generator, REFERENCE, 20261129).generate();
        var second = new DemoProposals(generator, REFERENCE, 20261129).generate();
        assertThat(first).isEqualTo(second);
        assertThat(first.size()).isBetween(120, 400);
        var otherSeed = new DemoProposals(new DemoDataGenerator(7, DemoSizes.standard(), REFERENCE), REFERENCE, 7).generate();
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void storedDemoProposalsHaveConsistentHistoriesInThePast() {
        resetData();
        DemoDataGenerator generator = new DemoDataGenerator(20261129, DemoSizes.standard(), REFERENCE);
        new DemoDataWriter(dataSource, p -> "{noop}" + p).writeAll(generator);
        Instant now = REFERENCE.atStartOfDay().toInstant(ZoneOffset.UTC);

        tx.executeWithoutResult(s -> {
            List<Proposal> all = proposals.findAll();
            assertThat(all).hasSizeGreaterThan(100);
            for (Proposal p : all) {
                List<ProposalTransition> history = p.getHistory();
                assertThat(history.get(0).getFromStage()).isNull();
                for (int i = 1; i < history.size(); i++) {
                    assertThat(history.get(i).getFromStage()).isEqualTo(history.get(i - 1).getToStage());
                    assertThat(history.get(i).getAt()).isAfterOrEqualTo(history.get(i - 1).getAt());
                }
                assertThat(history.get(history.size() - 1).getToStage()).isEqualTo(p.getStage());
                assertThat(p.getStageChangedAt()).isEqualTo(history.get(history.size() - 1).getAt()).isBefore(now);
                assertThat(p.getCreatedAt()).isAfter(now.minusSeconds(200L * 24 * 3600));
            }
            // a believable funnel: every stage occurs, hires are rarer than proposals
            Map<ProposalStage, Long> byStage = all.stream().collect(java.util.stream.Collectors.groupingBy(Proposal::getStage,
                    java.util.stream.Collectors.counting()));
            assertThat(byStage.keySet()).contains(ProposalStage.PROPOSED, ProposalStage.EMPLOYER_INTERESTED, ProposalStage.INTERVIEWING,
                    ProposalStage.HIRED, ProposalStage.DECLINED_BY_EMPLOYER, ProposalStage.WITHDRAWN_BY_GRADUATE,
                    ProposalStage.LISTING_CLOSED);
            assertThat(byStage.get(ProposalStage.HIRED)).isLessThan(all.size() / 4);
        });

        UUID demoCompany = generator.companies().get(0).id();
        assertThat(jdbc.queryForObject("select count(*) from proposal where company_id = ? and stage in ('PROPOSED', "
                + "'EMPLOYER_INTERESTED', 'INTERVIEWING', 'OFFER')", Integer.class, demoCompany)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from proposal p join listing l on l.id = p.listing_id "
                + "where l.status = 'CLOSED' and p.stage in ('PROPOSED', 'EMPLOYER_INTERESTED', 'INTERVIEWING', 'OFFER')",
                Integer.class)).as("closed listings have no open proposals").isZero();
        assertThat(jdbc.queryForObject("select count(*) from proposal p join graduate_profile g on g.id = p.graduate_id "
                + "where not (g.visible_to_employers and g.active)", Integer.class)).as("only consenting graduates").isZero();
        var demoGraduate = new DemoProposals(generator, REFERENCE, 20261129).demoGraduate();
        assertThat(demoGraduate.visibleToEmployers()).as("with the default seed one demo graduate shows their profile").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from proposal where graduate_id = ?", Integer.class,
                demoGraduate.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from graduate_notification where graduate_id = ?", Integer.class,
                demoGraduate.id())).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from user_account where role = 'COACH'", Integer.class)).isEqualTo(3);
    }
}
