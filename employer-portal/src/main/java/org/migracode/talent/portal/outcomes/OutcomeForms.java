package org.migracode.talent.portal.outcomes;

import static org.migracode.talent.portal.system.InputRules.blank;
import static org.migracode.talent.portal.system.InputRules.enumOf;
import static org.migracode.talent.portal.system.InputRules.uuidOrNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.report.CheckInStatus;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.SalaryBand;
import org.migracode.talent.index.outcomes.PlacementSource;
import org.migracode.talent.portal.outcomes.Views.GraduateOutcome;
import org.migracode.talent.portal.outcomes.Views.PlacementView;
import org.migracode.talent.portal.system.InputRules;

/**
 * The outcome pages' forms as the browser posts them (every field text as typed), each turning
 * into its API request plus message keys by field for what it cannot read. The rules themselves
 * are the service's, so pages and API refuse the same things.
 */
final class OutcomeForms {

    /** Where a field's error message keys start: "outcomes.error.status"… */
    private static final String ERRORS = "outcomes.error.";

    private OutcomeForms() {
    }

    record Parsed<T>(T request, Map<String, String> errors) {
    }

    record OutcomeForm(String intendsToSeek, String graduatedOn, String status, String notSeekingReason, String lastConfirmedOn,
            String version) {

        static OutcomeForm of(GraduateOutcome o) {
            if (!o.recorded()) {
                return new OutcomeForm("", "", OutcomeStatus.STILL_SEEKING.name(), "", "", "");
            }
            return new OutcomeForm(o.intendsToSeek().toString(), text(o.graduatedOn()), o.status().name(),
                    o.notSeekingReason() == null ? "" : o.notSeekingReason().name(), text(o.lastConfirmedOn()),
                    String.valueOf(o.version()));
        }

        Parsed<OutcomeRequest> parse() {
            Map<String, String> errors = new LinkedHashMap<>();
            Boolean intends = bool(intendsToSeek, "intendsToSeek", errors);
            // a date field the post does not carry stays as stored; posted empty, it is cleared
            java.util.Set<String> named = new java.util.HashSet<>(OutcomeRequest.ALL);
            if (graduatedOn == null) {
                named.remove("graduatedOn");
            }
            if (lastConfirmedOn == null) {
                named.remove("lastConfirmedOn");
            }
            OutcomeRequest r = new OutcomeRequest(intends, null, date(graduatedOn, "graduatedOn", errors),
                    enumOf(OutcomeStatus.class, status, "status", ERRORS, errors),
                    enumOf(NotSeekingReason.class, notSeekingReason, "notSeekingReason", ERRORS, errors),
                    date(lastConfirmedOn, "lastConfirmedOn", errors), InputRules.version(version, ERRORS + "version", errors),
                    named);
            return new Parsed<>(r, errors);
        }
    }

    /** {@code placementId}, not {@code id}: a field named like the path variable would be bound from the URL. */
    record PlacementForm(String placementId, String companyId, String employerName, String roleTitle, String inField, String kind,
            String startDate, String salaryBand, String source, String hiredBySchool, String version) {

        static PlacementForm empty() {
            return new PlacementForm(null, "", "", "", "true", EmploymentKind.FULL_TIME_EMPLOYEE.name(), "", "",
                    PlacementSource.INDEPENDENT.name(), "", "");
        }

        static PlacementForm of(PlacementView p) {
            return new PlacementForm(p.id().toString(), p.companyId() == null ? "" : p.companyId().toString(),
                    p.employerName() == null ? "" : p.employerName(), p.roleTitle() == null ? "" : p.roleTitle(),
                    Boolean.toString(p.inField()), p.kind().name(), text(p.startDate()),
                    p.salaryBand() == null ? "" : p.salaryBand().name(), p.source().name(), p.hiredBySchool() ? "true" : "",
                    String.valueOf(p.version()));
        }

        public boolean isNew() {
            return blank(placementId);
        }

        Parsed<PlacementRequest> parse() {
            Map<String, String> errors = new LinkedHashMap<>();
            UUID company = uuidOrNull(companyId);
            if (!blank(companyId)) {
                if (company == null) {
                    errors.put("employer", "outcomes.error.company");
                }
            } else if (blank(employerName)) {
                errors.put("employer", "outcomes.error.employer");
            }
            PlacementRequest r = new PlacementRequest(company, employerName, roleTitle, bool(inField, "inField", errors),
                    enumOf(EmploymentKind.class, kind, "kind", ERRORS, errors), date(startDate, "startDate", errors),
                    enumOf(SalaryBand.class, salaryBand, "salaryBand", ERRORS, errors),
                    enumOf(PlacementSource.class, source, "source", ERRORS, errors),
                    "true".equalsIgnoreCase(hiredBySchool == null ? "" : hiredBySchool.strip()) || "on".equalsIgnoreCase(hiredBySchool),
                    InputRules.version(version, ERRORS + "version", errors));
            return new Parsed<>(r, errors);
        }
    }

    record CheckInForm(String months, String status, String checkedOn, String note) {

        Parsed<CheckInRequest> parse() {
            Map<String, String> errors = new LinkedHashMap<>();
            CheckInRequest r = new CheckInRequest(enumOf(CheckInStatus.class, status, "status", ERRORS, errors),
                    date(checkedOn, "checkedOn", errors), note);
            return new Parsed<>(r, errors);
        }

        int monthsOr(int otherwise) {
            try {
                return Integer.parseInt(months == null ? "" : months.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static Boolean bool(String value, String field, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no" -> false;
            default -> {
                errors.put(field, "outcomes.error." + field);
                yield null;
            }
        };
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "outcomes.error.date");
            return null;
        }
    }
}
