package org.migracode.talent.portal.register;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.migracode.talent.core.report.HalfYear;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.PlacementFact;
import org.migracode.talent.core.report.Rate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's figures and de-identified lists: the documented-status share at day 180, the
 * records behind each published rate (staff only, pseudonymous ids, no names) and the CIRR export.
 */
@Service
@Transactional(readOnly = true)
public class RegisterReportService {

    /** The rates whose records can be listed; each says who is counted below and above the line. */
    public enum Figure {
        IN_FIELD_180_SEEKING("inField180Seeking", r -> seekingGraduate(r), r -> r.facts().placedInFieldWithin(180)),
        IN_FIELD_180_ALL("inField180All", r -> r.facts().graduatedWithin150(), r -> r.facts().placedInFieldWithin(180)),
        IN_FIELD_90_SEEKING("inField90Seeking", r -> seekingGraduate(r), r -> r.facts().placedInFieldWithin(90)),
        IN_FIELD_90_ALL("inField90All", r -> r.facts().graduatedWithin150(), r -> r.facts().placedInFieldWithin(90)),
        DOCUMENTED_180("documented180", null, RegisterRecord::documentedAt180);

        private final String param;
        private final Predicate<RegisterRecord> denominator;
        private final Predicate<RegisterRecord> numerator;

        Figure(String param, Predicate<RegisterRecord> denominator, Predicate<RegisterRecord> numerator) {
            this.param = param;
            this.denominator = denominator;
            this.numerator = numerator;
        }

        public String param() {
            return param;
        }

        boolean inDenominator(RegisterRecord r, LocalDate asOf) {
            return denominator == null ? r.windowClosed(asOf) : denominator.test(r);
        }

        boolean counted(RegisterRecord r) {
            return numerator.test(r);
        }

        public static Figure parse(String param) {
            for (Figure f : values()) {
                if (f.param.equals(param)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown figure: " + param);
        }

        private static boolean seekingGraduate(RegisterRecord r) {
            return r.facts().graduatedWithin150() && r.facts().status() != OutcomeStatus.NOT_SEEKING;
        }
    }

    /** One de-identified record: no name, no employer, no profile id. */
    public record RecordLine(String pseudonym, String cohort, LocalDate graduatedOn, String registerStatus, CirrOutcome cirr,
            Integer daysToInField, boolean documented, LocalDate lastDocumentedOn, boolean counted) {
    }

    private final RegisterFacts facts;

    RegisterReportService(RegisterFacts facts) {
        this.facts = facts;
    }

    /**
     * Per cohort, graduates whose status is documented at day 180 of those whose 180-day window has
     * closed on {@code asOf}. Aggregates only (the report applies the small-group rule).
     */
    public Map<UUID, Rate> documentedByCohort(LocalDate asOf) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        for (RegisterRecord r : facts.records(null)) {
            int[] c = counts.computeIfAbsent(r.cohortId(), k -> new int[2]);
            if (r.windowClosed(asOf)) {
                c[1]++;
                if (r.documentedAt180()) {
                    c[0]++;
                }
            }
        }
        Map<UUID, Rate> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, new Rate(c[0], c[1])));
        return out;
    }

    /** The records behind one figure of one cohort: its denominator, each marked whether it counts. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public List<RecordLine> records(UUID cohortId, Figure figure, LocalDate asOf) {
        List<RecordLine> out = new ArrayList<>();
        for (RegisterRecord r : facts.records(cohortId)) {
            if (figure.inDenominator(r, asOf)) {
                out.add(line(r, figure.counted(r), asOf));
            }
        }
        out.sort(java.util.Comparator.comparing(RecordLine::pseudonym));
        return out;
    }

    private static RecordLine line(RegisterRecord r, boolean counted, LocalDate asOf) {
        return new RecordLine(r.pseudonym(), r.cohortName(), r.facts().graduatedOn(), r.registerStatus(), r.cirr(asOf),
                r.facts().daysToInFieldPlacement(), r.documentedAt180(), r.lastDocumentedOn(), counted);
    }

    /** The column layout of the CIRR export (docs/reports.md#the-cirr-export). */
    public static final List<String> CIRR_COLUMNS = List.of("Student ID", "Cohort", "Enrollment Date", "Graduation Date",
            "Graduated On Time", "Graduated Within 150%", "Intends To Seek In-Field Job Within 180 Days", "Exclusion Reason",
            "Outcome Code", "Outcome", "In Field", "Employment Start Date", "Days From Graduation To Start", "Hired By School",
            "Salary Band", "Documented", "Date Last Documented");

    /**
     * The CIRR worksheet: one line per enrolled student of the cohorts graduating in {@code period}
     * (all cohorts when null), in cohort and pseudonym order, RFC 4180, as of {@code asOf}. Same
     * stored rows and day, same bytes.
     */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public String cirrCsv(String period, LocalDate asOf) {
        HalfYear only = period == null || period.isBlank() ? null : HalfYear.parse(period.strip());
        Map<UUID, LocalDate> scheduled = facts.cohortGraduations();
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", CIRR_COLUMNS.stream().map(RegisterReportService::cell).toList())).append("\r\n");
        List<RegisterRecord> rows = new ArrayList<>(facts.records(null));
        rows.removeIf(r -> only != null && !only.contains(scheduled.get(r.cohortId())));
        rows.sort(java.util.Comparator.comparing((RegisterRecord r) -> scheduled.get(r.cohortId())).thenComparing(RegisterRecord::cohortName)
                .thenComparing(RegisterRecord::pseudonym));
        for (RegisterRecord r : rows) {
            CirrOutcome outcome = r.cirr(asOf);
            PlacementFact p = r.firstWithin180(true);
            if (p == null) {
                p = r.firstWithin180(false);
            }
            boolean counts = outcome != CirrOutcome.NOT_GRADUATED && outcome != CirrOutcome.EXCLUDED && outcome != CirrOutcome.NON_REPORTING;
            List<String> cells = List.of(r.pseudonym(), r.cohortName(), str(r.enrolledOn()), str(r.facts().graduatedOn()),
                    yesNo(r.facts().graduatedOnTime()), yesNo(r.facts().graduatedWithin150()), yesNo(r.facts().intendsToSeek()),
                    r.exclusion() == null ? "" : r.exclusion().name(), outcome.code(), outcome.name(),
                    p == null ? "" : yesNo(p.inField()), p == null ? "" : p.startDate().toString(),
                    p == null || r.facts().graduatedOn() == null ? ""
                            : Long.toString(Math.max(0, ChronoUnit.DAYS.between(r.facts().graduatedOn(), p.startDate()))),
                    p == null ? "" : yesNo(p.hiredBySchool()), p == null || p.salaryBand() == null ? "" : p.salaryBand().name(),
                    yesNo(counts && r.documentedAt180()), str(r.lastDocumentedOn()));
            csv.append(String.join(",", cells.stream().map(RegisterReportService::cell).toList())).append("\r\n");
        }
        return csv.toString();
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String yesNo(boolean b) {
        return b ? "Y" : "N";
    }

    /** RFC 4180 quoting, and a leading formula character made text (as every CSV export here). */
    static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
