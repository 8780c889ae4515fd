package org.migracode.talent.portal.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.springframework.stereotype.Component;

/**
 * Checks one row of an import file against its kind's rules (required cells, lengths, formats,
 * known skills, languages and cohorts, names and external ids not taken) and adds every problem
 * found to the row's errors, so that a refused file lists them all at once.
 */
@Component
class ImportRowValidator {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final ImportRecords records;
    private final SkillVocabulary vocabulary;

    ImportRowValidator(ImportRecords records, SkillVocabulary vocabulary) {
        this.records = records;
        this.vocabulary = vocabulary;
    }

    /** {@code seen} holds the external ids of the file's earlier rows: an id may appear once. */
    void validate(ImportKind kind, Map<String, String> given, long line, List<ImportResult.RowError> errors, Set<String> seen) {
        Map<String, String> row = new HashMap<>();
        kind.columns.forEach(c -> row.put(c, given.getOrDefault(c, "")));
        for (String column : kind.required) {
            if (row.get(column).isEmpty()) {
                errors.add(new ImportResult.RowError(line, column, "required"));
            }
        }
        String externalId = row.get("external_id");
        if (!externalId.isEmpty() && !seen.add(externalId)) {
            errors.add(new ImportResult.RowError(line, "external_id", "appears twice in the file"));
        }
        if (externalId.length() > 100) {
            errors.add(new ImportResult.RowError(line, "external_id", "longer than 100 characters"));
        }
        switch (kind) {
            case COMPANIES -> company(row, line, errors, externalId);
            case GRADUATES -> graduate(row, line, errors);
            case LISTINGS -> listing(row, line, errors);
        }
    }

    private void company(Map<String, String> row, long line, List<ImportResult.RowError> errors, String externalId) {
        String name = row.get("name");
        List<String> holders = records.companyExternalIdsNamed(name);
        if (!name.isEmpty() && holders.stream().anyMatch(h -> !h.equals(externalId))) {
            errors.add(new ImportResult.RowError(line, "name", "another company already has this name"));
        }
        length(row, "name", 200, line, errors);
    }

    private void graduate(Map<String, String> row, long line, List<ImportResult.RowError> errors) {
        length(row, "display_name", 200, line, errors);
        String cohort = row.get("cohort");
        if (!cohort.isEmpty() && records.cohortId(cohort) == null) {
            errors.add(new ImportResult.RowError(line, "cohort", "no cohort is called \"" + cohort + "\""));
        }
        skills(row.get("skills"), true, line, "skills", errors);
        languages(row.get("languages"), line, errors);
        date(row.get("available_from"), line, "available_from", errors);
        bool(row.get("visible_to_employers"), line, "visible_to_employers", errors);
        length(row, "consent_basis", GraduateProfile.MAX_CONSENT_BASIS, line, errors);
        for (String column : List.of("email", "phone", "city", "headline")) {
            length(row, column, 200, line, errors);
        }
        length(row, "summary", 5_000, line, errors);
        if (!row.get("email").isEmpty() && !row.get("email").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new ImportResult.RowError(line, "email", "not an e-mail address"));
        }
    }

    private void listing(Map<String, String> row, long line, List<ImportResult.RowError> errors) {
        length(row, "title", 200, line, errors);
        String company = row.get("company_external_id");
        if (!company.isEmpty() && records.companyIdByExternalId(company) == null) {
            errors.add(new ImportResult.RowError(line, "company_external_id", "no company has external id \"" + company + "\""));
        }
        oneOf(row.get("type"), List.of("JOB", "INTERNSHIP"), line, "type", errors);
        oneOf(row.get("remote_policy"), List.of("ONSITE", "HYBRID", "REMOTE"), line, "remote_policy", errors);
        oneOf(row.get("status"), List.of("DRAFT", "OPEN", "CLOSED"), line, "status", errors);
        date(row.get("start_date"), line, "start_date", errors);
        skills(row.get("required_skills"), true, line, "required_skills", errors);
        skills(row.get("nice_skills"), false, line, "nice_skills", errors);
        UUID existing = records.idByExternalId("listing", row.get("external_id"));
        if (existing != null && "OPEN".equalsIgnoreCase(row.get("status")) && "CLOSED".equals(records.listingStatus(existing))) {
            errors.add(new ImportResult.RowError(line, "status", "a closed listing cannot be reopened"));
        }
    }

    private static void length(Map<String, String> row, String column, int max, long line, List<ImportResult.RowError> errors) {
        if (row.get(column).length() > max) {
            errors.add(new ImportResult.RowError(line, column, "longer than " + max + " characters"));
        }
    }

    private static void oneOf(String value, List<String> allowed, long line, String column, List<ImportResult.RowError> errors) {
        if (!value.isEmpty() && !allowed.contains(value.toUpperCase(Locale.ROOT))) {
            errors.add(new ImportResult.RowError(line, column, "must be one of " + String.join(", ", allowed)));
        }
    }

    private static void date(String value, long line, String column, List<ImportResult.RowError> errors) {
        if (!value.isEmpty()) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new ImportResult.RowError(line, column, "not a date like 2025-09-01"));
            }
        }
    }

    private static void bool(String value, long line, String column, List<ImportResult.RowError> errors) {
        if (!value.isEmpty() && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            errors.add(new ImportResult.RowError(line, column, "must be true or false"));
        }
    }

    private void skills(String value, boolean withLevel, long line, String column, List<ImportResult.RowError> errors) {
        for (String part : ImportColumns.list(value)) {
            String[] p = part.split(":", 2);
            if (vocabulary.resolve(p[0].strip()).isEmpty()) {
                errors.add(new ImportResult.RowError(line, column, "unknown skill \"" + p[0].strip() + "\""));
            }
            if (withLevel && p.length == 2 && !p[1].strip().matches("[1-5]")) {
                errors.add(new ImportResult.RowError(line, column, "level of \"" + p[0].strip() + "\" must be 1 to 5"));
            }
            if (!withLevel && p.length == 2) {
                errors.add(new ImportResult.RowError(line, column, "nice-to-have skills have no level"));
            }
        }
    }

    private static void languages(String value, long line, List<ImportResult.RowError> errors) {
        for (String part : ImportColumns.list(value)) {
            String[] p = part.split(":", 2);
            if (!ISO_LANGUAGES.contains(p[0].strip().toLowerCase(Locale.ROOT))) {
                errors.add(new ImportResult.RowError(line, "languages", "unknown language code \"" + p[0].strip() + "\""));
            }
            if (p.length != 2 || !p[1].strip().toUpperCase(Locale.ROOT).matches("[ABC][12]")) {
                errors.add(new ImportResult.RowError(line, "languages", "\"" + part + "\" needs a CEFR level, e.g. es:B2"));
            }
        }
    }
}
