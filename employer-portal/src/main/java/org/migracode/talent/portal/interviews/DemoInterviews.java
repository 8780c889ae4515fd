package org.migracode.talent.portal.interviews;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.portal.demo.DemoProperties;
import org.migracode.talent.portal.school.ShownTimes;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for interviews: the demo graduate's proposal that is at the interview stage (see
 * docs/proposals.md, "Demo data") gets two times offered by the company, so signing in as that
 * graduate shows a time to pick. Runs after the demo data is written, only while there is no
 * interview at all (so a restart adds nothing), and writes no notification or mail.
 */
@Component
@Order(1)
class DemoInterviews implements ApplicationRunner {

    private final DemoProperties demo;
    private final JdbcTemplate jdbc;
    private final InterviewStore store;
    private final TransactionTemplate tx;
    private final ShownTimes times;

    DemoInterviews(DemoProperties demo, JdbcTemplate jdbc, InterviewStore store, TransactionTemplate tx, ShownTimes times) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.store = store;
        this.tx = tx;
        this.times = times;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.queryForObject("select exists (select 1 from interview)", Boolean.class)) {
            return;
        }
        List<UUID> proposal = jdbc.queryForList("""
                select p.id from proposal p join user_account a on a.graduate_id = p.graduate_id
                where a.username = 'graduate2' and p.stage = 'INTERVIEWING' and p.coach_confirmed_at is not null
                order by p.created_at limit 1""", UUID.class);
        if (proposal.isEmpty()) {
            return;
        }
        LocalDate day = LocalDate.now(times.zone()).plusDays(3);
        Instant first = day.atTime(LocalTime.of(10, 0)).atZone(times.zone()).toInstant();
        Instant second = day.plusDays(1).atTime(LocalTime.of(16, 30)).atZone(times.zone()).toInstant();
        tx.executeWithoutResult(s -> store.offer(proposal.get(0), List.of(
                new Interview.Slot(first, 45, "https://meet.example.org/migracode-demo"),
                new Interview.Slot(second, 45, "Carrer de Pujades 1, Barcelona")), null, Instant.now()));
    }
}
