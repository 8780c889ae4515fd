package org.migracode.talent.index.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * months where that time has passed, except in the last {@value #NOT_YET_CHECKED_DAYS} days (those are due). Cohorts whose 180-day window has closed are published.
 */
final class CirrDemoData {

    private static final List<String> OTHER_EMPLOYERS = List.of("Hotel Arts Barcelona", "Mercadona", "Glovo courier",
            "Restaurante La Plaça", "Amazon warehouse El Prat", "Call centre Sants");
    private static final List<String> OTHER_TECH_EMPLOYERS = List.of("Freelance web projects", "Agencia Pixel BCN",
            "Startup TechForGood", "Consultoría Digital Raval");

    /**
     * A check-in after a placement whose day came at most this many days before the reference date
     * is not recorded yet: it stays due, so the coaches' list of due check-ins has some on a fresh demo.
     */
    static final int NOT_YET_CHECKED_DAYS = 30;

    /** A student whose record is set so that a check-in is due on any reference date. */
    enum Scripted {
        /** Graduated with the next-to-newest cohort, still seeking: the 180-day check-in is due. */
        GRADUATION_DUE,
        /** Of the same cohort, placed in field 3 months and a week ago: the 3-month check-in is due. */
        PLACEMENT_DUE
    }

    private final DemoDataGenerator generator;
    private final Map<Integer, Scripted> scripted;

    CirrDemoData(DemoDataGenerator generator) {
        this.generator = generator;
        this.scripted = scripted(generator.sizes(), generator.duplicates());
    }

    /**
     * Two graduates of the next-to-newest cohort (it graduated 6–7½ months before the reference
     * date, so its 180-day check-ins are due now), neither a demo login nor half of a duplicate
     * pair: one still seeking, one placed 3 months and a week ago. The coaches' due list thus has
     * both kinds of check-in whatever day the demo is loaded. None with a single cohort or too few graduates.
     */
    static Map<Integer, Scripted> scripted(DemoSizes sizes, DemoDuplicates duplicates) {
        Map<Integer, Scripted> out = new LinkedHashMap<>();
        if (sizes.cohorts() < 2) {
            return out;
        }
        java.util.Set<Integer> taken = new java.util.HashSet<>(List.of(0, 1));
        duplicates.twins().forEach(t -> {
            taken.add(t.original());
            taken.add(t.copy());
        });
        List<Scripted> wanted = new java.util.ArrayList<>(List.of(Scripted.PLACEMENT_DUE, Scripted.GRADUATION_DUE));
        for (int i = sizes.cohorts() - 2; i < sizes.graduates() && !wanted.isEmpty(); i += sizes.cohorts()) {
            if (!taken.contains(i)) {
                out.put(i, wanted.remove(0));
            }
        }
        return out;
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
        Scripted script = scripted.get(index);
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
        if (script != null) {
            // on time, seeking; the draws above are still made, so no other student changes
            graduated = cohort.graduationDate();
            intends = true;
            reason = null;
            status = script == Scripted.PLACEMENT_DUE ? OutcomeStatus.EMPLOYED_IN_FIELD : OutcomeStatus.STILL_SEEKING;
        }
        if (status == OutcomeStatus.EMPLOYED_IN_FIELD || status == OutcomeStatus.EMPLOYED_OUT_OF_FIELD) {
            boolean inField = status == OutcomeStatus.EMPLOYED_IN_FIELD;
            // mostly within 90 days; a few before graduating, a few after 180 days
            int days = r.nextInt(20) == 0 ? -10 - r.nextInt(20) : r.nextInt(20) == 0 ? 181 + r.nextInt(60)
                    : (int) Math.round(Math.abs(r.nextGaussian()) * 60);
            LocalDate start = script == Scripted.PLACEMENT_DUE ? today.minusMonths(3).minusDays(7) : graduated.plusDays(days);
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
            int daysLate = r.nextInt(10);
            if (today.minusDays(NOT_YET_CHECKED_DAYS).isBefore(due)) {
                break; // due in the last weeks: the coaches have not checked in yet, so it is on their due list
            }
            checkIn.setObject(1, generator.id("check-in-" + months, index));
            checkIn.setObject(2, id);
            checkIn.setShort(3, (short) months);
            checkIn.setString(4, status.name());
            LocalDate checked = due.plusDays(daysLate);
            checkIn.setDate(5, Date.valueOf(checked.isAfter(today) ? today : checked));
            checkIn.addBatch();
            if (status == CheckInStatus.LEFT) {
                break;
            }
        }
    }
}
