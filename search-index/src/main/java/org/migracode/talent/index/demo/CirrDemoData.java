package org.migracode.talent.index.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.migracode.talent.core.report.CheckInStatus;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.SalaryBand;
import org.migracode.talent.index.demo.DemoRecords.Cohort;
import org.migracode.talent.index.demo.DemoRecords.Company;

/**
 * Believable CIRR evidence for the demo cohorts, deterministic from the generator's seed: every
 * graduate profile is an enrolled student who graduated (about 1 in 12 late, within 150%), plus
 * about 1 in 10 extra enrolled students who never graduated (no profile). Older cohorts place
 * 60–85% in field within 180 days, improving cohort by cohort; the newest cohort's windows are
 * still open, so its figures are lower and marked provisional. About a quarter of in-field
 * placements are internships; most state a salary band; coaches checked in at 3, 6 and 12
 * months where that time has passed. Cohorts whose 180-day window has closed are published.
 */
final class CirrDemoData {

    private static final List<String> OTHER_EMPLOYERS = List.of("Hotel Arts Barcelona", "Mercadona", "Glovo courier",
            "Restaurante La Plaça", "Amazon warehouse El Prat", "Call centre Sants");
    private static final List<String> OTHER_TECH_EMPLOYERS = List.of("Freelance web projects", "Agencia Pixel BCN",
            "Startup TechForGood", "Consultoría Digital Raval");

    private final DemoDataGenerator generator;

    CirrDemoData(DemoDataGenerator generator) {
        this.generator = generator;
    }

    private Random random(String kind, int index) {
        return new Random(generator.seed() * 31 + kind.hashCode() * 7919L + index);
    }

    void write(Connection c) throws SQLException {
        List<Cohort> cohorts = generator.cohorts();
        List<Company> companies = generator.companies();
        LocalDate today = generator.referenceDate();
        try (PreparedStatement outcome = c.prepareStatement("""
                insert into student_outcome (id, cohort_id, graduate_id, enrolled_on, intends_to_seek, graduated_on, status,
                    not_seeking_reason, last_confirmed_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement placement = c.prepareStatement("""
                insert into placement (id, cohort_id, graduate_id, student_outcome_id, company_id, employer_name, role_title,
                    in_field, kind, start_date, salary_band, source, hired_by_school) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement checkIn = c.prepareStatement("""
                insert into employment_check_in (id, placement_id, months, status, checked_on) values (?, ?, ?, ?, ?)""");
             PreparedStatement publish = c.prepareStatement(
                     "insert into cohort_report_publication (cohort_id, published_at) values (?, now())")) {
            int graduates = generator.sizes().graduates();
            for (int i = 0; i < graduates; i++) {
                int ci = i % cohorts.size();
                Cohort cohort = cohorts.get(ci);
                Random r = random("outcome", i);
                student(r, i, ci, cohort, generator.id("graduate", i), companies, today, outcome, placement, checkIn);
                // about one enrolled student in ten never graduated and has no profile
                if (r.nextInt(10) == 0) {
                    UUID id = generator.id("dropout", i);
                    outcome.setObject(1, id);
                    outcome.setObject(2, cohort.id());
                    outcome.setNull(3, Types.OTHER);
                    outcome.setDate(4, Date.valueOf(cohort.startDate()));
                    outcome.setBoolean(5, r.nextInt(10) < 8);
                    outcome.setNull(6, Types.DATE);
                    outcome.setString(7, OutcomeStatus.COULD_NOT_CONTACT.name());
                    outcome.setNull(8, Types.VARCHAR);
                    outcome.setNull(9, Types.DATE);
                    outcome.addBatch();
                }
                if ((i + 1) % 1000 == 0) {
                    outcome.executeBatch();
                    placement.executeBatch();
                    checkIn.executeBatch();
                }
            }
            outcome.executeBatch();
            placement.executeBatch();
            checkIn.executeBatch();
            for (Cohort cohort : cohorts) {
                if (cohort.graduationDate().plusDays(180).isBefore(today)) {
                    publish.setObject(1, cohort.id());
                    publish.addBatch();
                }
            }
            publish.executeBatch();
        }
        writeRegister(c, today);
    }

    /**
     * The outcomes register (issue #18), derived deterministically from the rows above (a byte of
     * the md5 of each row's id, and the ids come from the seed): the exclusion reason of students
     * who did not intend to seek, employers' confirmations of half the partner-company hires, and a
     * placement fee for each in-field hire at a partner company (not invoiced, invoiced or paid).
     */
    private void writeRegister(Connection c, LocalDate today) throws SQLException {
        try (PreparedStatement exclusion = c.prepareStatement("""
                update student_outcome set exclusion_reason =
                    (array['REMAIN_WITH_EMPLOYER', 'SELF_ENRICHMENT', 'CONTINUING_EDUCATION'])[1 + get_byte(decode(md5(id::text), 'hex'), 0) % 3]
                where not intends_to_seek""");
             PreparedStatement confirmed = c.prepareStatement("""
                update placement set employer_confirmed_at = (start_date + 14)::timestamp at time zone 'UTC'
                where company_id is not null and graduate_id is not null and start_date + 14 <= ?
                  and get_byte(decode(md5(id::text), 'hex'), 1) % 2 = 0""");
             PreparedStatement fees = c.prepareStatement("""
                insert into placement_fee (placement_id, amount, currency, status, fee_date)
                select id, 1000 + 250 * (get_byte(decode(md5(id::text), 'hex'), 2) % 5), 'EUR',
                       case when start_date + 90 <= ? then 'PAID' when start_date + 30 <= ? then 'INVOICED' else 'NOT_INVOICED' end,
                       start_date + 30
                from placement where company_id is not null and in_field""")) {
            exclusion.executeUpdate();
            confirmed.setObject(1, today);
            confirmed.executeUpdate();
            fees.setObject(1, today);
            fees.setObject(2, today);
            fees.executeUpdate();
        }
    }

    private void student(Random r, int index, int cohortIndex, Cohort cohort, UUID graduateId, List<Company> companies,
            LocalDate today, PreparedStatement outcome, PreparedStatement placement, PreparedStatement checkIn) throws SQLException {
        UUID outcomeId = generator.id("outcome", index);
        boolean intends = r.nextInt(100) < 93;
        // about one in twelve graduates late, within 150% of the program length
        LocalDate graduated = r.nextInt(12) == 0 ? cohort.graduationDate().plusDays(14 + r.nextInt(60)) : cohort.graduationDate();
        if (graduated.isAfter(today)) {
            graduated = cohort.graduationDate();
        }
        // the oldest cohort places about two thirds in field, every later one 5 points more
        double inFieldChance = (0.66 + 0.05 * cohortIndex) * (intends ? 1 : 0.5);
        OutcomeStatus status;
        NotSeekingReason reason = null;
        int roll = r.nextInt(1000);
        double p = r.nextDouble();
        if (roll < 50) {
            status = OutcomeStatus.NOT_SEEKING;
            int why = r.nextInt(10);
            reason = why < 5 ? NotSeekingReason.FURTHER_STUDY : why < 8 ? NotSeekingReason.PERSONAL : NotSeekingReason.HEALTH;
        } else if (roll < 80) {
            status = OutcomeStatus.COULD_NOT_CONTACT;
        } else if (p < inFieldChance) {
            status = OutcomeStatus.EMPLOYED_IN_FIELD;
        } else if (p < inFieldChance + (1 - inFieldChance) * 0.4) {
            status = OutcomeStatus.EMPLOYED_OUT_OF_FIELD;
        } else {
            status = OutcomeStatus.STILL_SEEKING;
        }
        if (status == OutcomeStatus.EMPLOYED_IN_FIELD || status == OutcomeStatus.EMPLOYED_OUT_OF_FIELD) {
            boolean inField = status == OutcomeStatus.EMPLOYED_IN_FIELD;
            // mostly within 90 days; a few before graduating, a few after 180 days
            int days = r.nextInt(20) == 0 ? -10 - r.nextInt(20) : r.nextInt(20) == 0 ? 181 + r.nextInt(60)
                    : (int) Math.round(Math.abs(r.nextGaussian()) * 60);
            LocalDate start = graduated.plusDays(days);
            if (start.isAfter(today)) {
                status = OutcomeStatus.STILL_SEEKING;
            } else {
                writePlacement(r, index, cohort, graduateId, outcomeId, companies, inField, start, today, placement, checkIn);
            }
        }
        outcome.setObject(1, outcomeId);
        outcome.setObject(2, cohort.id());
        outcome.setObject(3, graduateId);
        outcome.setDate(4, Date.valueOf(cohort.startDate()));
        outcome.setBoolean(5, intends);
        outcome.setDate(6, Date.valueOf(graduated));
        outcome.setString(7, status.name());
        outcome.setString(8, reason == null ? null : reason.name());
        LocalDate confirmed = graduated.plusDays(30 + r.nextInt(150));
        outcome.setDate(9, Date.valueOf(confirmed.isAfter(today) ? today : confirmed));
        outcome.addBatch();
    }

    private void writePlacement(Random r, int index, Cohort cohort, UUID graduateId, UUID outcomeId, List<Company> companies,
            boolean inField, LocalDate start, LocalDate today, PreparedStatement placement, PreparedStatement checkIn)
            throws SQLException {
        UUID id = generator.id("placement", index);
        EmploymentKind kind;
        int k = r.nextInt(100);
        if (!inField) {
            kind = k < 60 ? EmploymentKind.FULL_TIME_EMPLOYEE : EmploymentKind.PART_TIME_EMPLOYEE;
        } else {
            kind = k < 26 ? EmploymentKind.APPRENTICESHIP_INTERNSHIP : k < 80 ? EmploymentKind.FULL_TIME_EMPLOYEE
                    : k < 88 ? EmploymentKind.PART_TIME_EMPLOYEE : k < 95 ? EmploymentKind.CONTRACT_FREELANCE
                    : k < 98 ? EmploymentKind.SELF_EMPLOYED : EmploymentKind.STARTED_OWN_COMPANY;
        }
        boolean partner = inField && kind != EmploymentKind.SELF_EMPLOYED && kind != EmploymentKind.STARTED_OWN_COMPANY
                && r.nextInt(100) < 70;
        Company company = partner ? companies.get(r.nextInt(companies.size())) : null;
        placement.setObject(1, id);
        placement.setObject(2, cohort.id());
        placement.setObject(3, graduateId);
        placement.setObject(4, outcomeId);
        placement.setObject(5, company == null ? null : company.id());
        placement.setString(6, company != null ? null : inField ? DemoDataGenerator.pick(r, OTHER_TECH_EMPLOYERS)
                : DemoDataGenerator.pick(r, OTHER_EMPLOYERS));
        placement.setString(7, inField ? (kind == EmploymentKind.APPRENTICESHIP_INTERNSHIP ? "Web development intern"
                : DemoDataGenerator.pick(r, List.of("Junior frontend developer", "Junior full-stack developer", "QA tester",
                        "Junior backend developer", "IT support technician"))) : DemoDataGenerator.pick(r, List.of("Waiter", "Shop assistant",
                        "Warehouse operative", "Delivery rider")));
        placement.setBoolean(8, inField);
        placement.setString(9, kind.name());
        placement.setDate(10, Date.valueOf(start));
        SalaryBand band = null;
        if (r.nextInt(100) < 80) {
            int b = kind == EmploymentKind.APPRENTICESHIP_INTERNSHIP ? r.nextInt(2) : !inField ? r.nextInt(2)
                    : Math.min(5, 1 + (int) Math.round(Math.abs(r.nextGaussian()) * 1.3));
            band = SalaryBand.values()[b];
        }
        placement.setString(11, band == null ? null : band.name());
        placement.setString(12, company != null && r.nextBoolean() ? "PROPOSAL" : "INDEPENDENT");
        placement.setBoolean(13, inField && r.nextInt(120) == 0);
        placement.addBatch();
        if (!inField) {
            return;
        }
        for (int months : new int[] {3, 6, 12}) {
            LocalDate due = start.plusMonths(months);
            if (due.isAfter(today)) {
                break;
            }
            int s = r.nextInt(100);
            CheckInStatus status = s < 10 ? CheckInStatus.LEFT : s < (months == 12 ? 25 : 15) ? CheckInStatus.PROMOTED
                    : CheckInStatus.STILL_EMPLOYED;
            checkIn.setObject(1, generator.id("check-in-" + months, index));
            checkIn.setObject(2, id);
            checkIn.setShort(3, (short) months);
            checkIn.setString(4, status.name());
            LocalDate checked = due.plusDays(r.nextInt(10));
            checkIn.setDate(5, Date.valueOf(checked.isAfter(today) ? today : checked));
            checkIn.addBatch();
            if (status == CheckInStatus.LEFT) {
                break;
            }
        }
    }
}
