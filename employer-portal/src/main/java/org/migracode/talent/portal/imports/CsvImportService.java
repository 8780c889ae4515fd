package org.migracode.talent.portal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.migracode.talent.core.input.TextRules;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduate.GraduateProfile;
import org.migracode.talent.index.graduate.GraduateRepository;
import org.migracode.talent.index.graduate.GraduateSkill;
import org.migracode.talent.index.graduate.SpokenLanguage;
import org.migracode.talent.index.listing.Listing;
import org.migracode.talent.index.listing.ListingRepository;
import org.migracode.talent.index.listing.RequiredSkill;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV file in two passes: every row is parsed and validated first (nothing is written
 * when any row has an error), then all rows are written in this one transaction through the
 * entities, so Hibernate Search indexes graduates and listings when it commits. A row whose
 * {@code external_id} is already stored updates that record.
 */
@Service
class CsvImportService {

    static final int MAX_ROWS = 10_000;

    private final JdbcTemplate jdbc;
    private final CompanyRepository companies;
    private final GraduateRepository graduates;
    private final ListingRepository listings;
    private final SkillVocabulary vocabulary = SkillVocabulary.shared();

    CsvImportService(JdbcTemplate jdbc, CompanyRepository companies, GraduateRepository graduates, ListingRepository listings) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.graduates = graduates;
        this.listings = listings;
    }

    /** The template: header and one example row. */
    String template(ImportKind kind) {
        StringBuilder out = new StringBuilder();
        try (var csv = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(kind.columns);
            csv.printRecord(kind.example);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportResult importCsv(ImportKind kind, String text) {
        int control = TextRules.firstForbidden(text);
        if (control >= 0) { // the input rules (TextRules), before anything is parsed: PostgreSQL refuses NUL
            long line = text.substring(0, control).chars().filter(c -> c == '\n').count() + 1;
            return new ImportResult(kind.param(), 0, 0, List.of(new ImportResult.RowError(line, null,
                    "contains control characters such as NUL")));
        }
        List<ImportResult.RowError> errors = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text == null ? "" : text.replace("\uFEFF", "")))) {
            Set<String> header = new HashSet<>(parser.getHeaderNames());
            for (String column : kind.required) {
                if (!header.contains(column)) {
                    errors.add(new ImportResult.RowError(1, column, "required column is missing"));
                }
            }
            for (String column : parser.getHeaderNames()) {
                if (!kind.columns.contains(column)) {
                    errors.add(new ImportResult.RowError(1, column, "unknown column; expected " + String.join(", ", kind.columns)));
                }
            }
            if (!errors.isEmpty()) {
                return new ImportResult(kind.param(), 0, 0, errors);
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    errors.add(new ImportResult.RowError(parser.getCurrentLineNumber(), null, "more than " + MAX_ROWS + " rows"));
                    break;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : kind.columns) {
                    String v = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
                    row.put(column, v == null ? "" : v.strip());
                }
                rows.add(row);
                lines.add(record.getRecordNumber() + 1);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            return new ImportResult(kind.param(), 0, 0, List.of(new ImportResult.RowError(0, null, "not a readable CSV file: " + e.getMessage())));
        }
        if (rows.isEmpty()) {
            return new ImportResult(kind.param(), 0, 0, List.of(new ImportResult.RowError(1, null, "the file has no rows")));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            validate(kind, rows.get(i), lines.get(i), errors, seen);
        }
        if (!errors.isEmpty()) {
            return new ImportResult(kind.param(), 0, 0, errors);
        }
        int created = 0;
        for (Map<String, String> row : rows) {
            created += write(kind, row) ? 1 : 0;
        }
        return new ImportResult(kind.param(), created, rows.size() - created, List.of());
    }

    // --- validation -----------------------------------------------------------------------

    private void validate(ImportKind kind, Map<String, String> row, long line, List<ImportResult.RowError> errors, Set<String> seen) {
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
            case COMPANIES -> {
                String name = row.get("name");
                List<String> holders = jdbc.queryForList("select coalesce(external_id, '') from company where lower(name) = lower(?)",
                        String.class, name);
                if (!name.isEmpty() && holders.stream().anyMatch(h -> !h.equals(externalId))) {
                    errors.add(new ImportResult.RowError(line, "name", "another company already has this name"));
                }
                length(row, "name", 200, line, errors);
            }
            case GRADUATES -> {
                length(row, "display_name", 200, line, errors);
                String cohort = row.get("cohort");
                if (!cohort.isEmpty() && cohortId(cohort) == null) {
                    errors.add(new ImportResult.RowError(line, "cohort", "no cohort is called \"" + cohort + "\""));
                }
                skills(row.get("skills"), true, line, "skills", errors);
                languages(row.get("languages"), line, errors);
                date(row.get("available_from"), line, "available_from", errors);
                bool(row.get("visible_to_employers"), line, "visible_to_employers", errors);
                if (!row.get("email").isEmpty() && !row.get("email").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    errors.add(new ImportResult.RowError(line, "email", "not an e-mail address"));
                }
            }
            case LISTINGS -> {
                length(row, "title", 200, line, errors);
                String company = row.get("company_external_id");
                if (!company.isEmpty() && companyIdByExternalId(company) == null) {
                    errors.add(new ImportResult.RowError(line, "company_external_id", "no company has external id \"" + company + "\""));
                }
                oneOf(row.get("type"), List.of("JOB", "INTERNSHIP"), line, "type", errors);
                oneOf(row.get("remote_policy"), List.of("ONSITE", "HYBRID", "REMOTE"), line, "remote_policy", errors);
                oneOf(row.get("status"), List.of("DRAFT", "OPEN", "CLOSED"), line, "status", errors);
                date(row.get("start_date"), line, "start_date", errors);
                skills(row.get("required_skills"), true, line, "required_skills", errors);
                skills(row.get("nice_skills"), false, line, "nice_skills", errors);
                UUID existing = idByExternalId("listing", row.get("external_id"));
                if (existing != null && "OPEN".equalsIgnoreCase(row.get("status"))
                        && "CLOSED".equals(jdbc.queryForObject("select status from listing where id = ?", String.class, existing))) {
                    errors.add(new ImportResult.RowError(line, "status", "a closed listing cannot be reopened"));
                }
            }
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
        for (String part : list(value)) {
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
        Set<String> iso = Set.of(Locale.getISOLanguages());
        for (String part : list(value)) {
            String[] p = part.split(":", 2);
            if (!iso.contains(p[0].strip().toLowerCase(Locale.ROOT))) {
                errors.add(new ImportResult.RowError(line, "languages", "unknown language code \"" + p[0].strip() + "\""));
            }
            if (p.length != 2 || !p[1].strip().toUpperCase(Locale.ROOT).matches("[ABC][12]")) {
                errors.add(new ImportResult.RowError(line, "languages", "\"" + part + "\" needs a CEFR level, e.g. es:B2"));
            }
        }
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    // --- writing --------------------------------------------------------------------------

    /** Writes one valid row; true when it created a record, false when it updated one. */
    private boolean write(ImportKind kind, Map<String, String> row) {
        String externalId = row.get("external_id");
        return switch (kind) {
            case COMPANIES -> {
                UUID id = idByExternalId("company", externalId);
                Company c = id == null ? new Company(UUID.randomUUID(), row.get("name"), null) : companies.findById(id).orElseThrow();
                c.rename(row.get("name"));
                c.setCity(blankToNull(row.get("city")));
                c.setWebsite(blankToNull(row.get("website")));
                c.setDescription(blankToNull(row.get("description")));
                companies.saveAndFlush(c);
                setExternalId("company", c.getId(), externalId);
                yield id == null;
            }
            case GRADUATES -> {
                UUID id = idByExternalId("graduate_profile", externalId);
                GraduateProfile g = id == null ? new GraduateProfile(UUID.randomUUID(), row.get("display_name"))
                        : graduates.findById(id).orElseThrow();
                g.setDisplayName(row.get("display_name"));
                g.setCohortId(row.get("cohort").isEmpty() ? null : cohortId(row.get("cohort")));
                g.setEmail(blankToNull(row.get("email")));
                g.setPhone(blankToNull(row.get("phone")));
                g.setCity(blankToNull(row.get("city")));
                g.setHeadline(blankToNull(row.get("headline")));
                g.setSummary(blankToNull(row.get("summary")));
                g.setAvailableFrom(row.get("available_from").isEmpty() ? null : LocalDate.parse(row.get("available_from")));
                if (!row.get("visible_to_employers").isEmpty()) {
                    g.setVisibleToEmployers(Boolean.parseBoolean(row.get("visible_to_employers").toLowerCase(Locale.ROOT)));
                }
                List<GraduateSkill> skills = new ArrayList<>();
                Map<String, Integer> levels = new LinkedHashMap<>();
                for (String part : list(row.get("skills"))) {
                    String[] p = part.split(":", 2);
                    levels.put(vocabulary.resolve(p[0].strip()).orElseThrow().value(), p.length == 2 ? Integer.parseInt(p[1].strip()) : 2);
                }
                levels.forEach((skill, level) -> skills.add(new GraduateSkill(skill, level, SkillSource.DECLARED)));
                g.replaceSkills(skills);
                Map<String, Cefr> spoken = new LinkedHashMap<>();
                for (String part : list(row.get("languages"))) {
                    String[] p = part.split(":", 2);
                    spoken.put(p[0].strip().toLowerCase(Locale.ROOT), Cefr.parse(p[1].strip()));
                }
                g.replaceLanguages(spoken.entrySet().stream().map(e -> new SpokenLanguage(e.getKey(), e.getValue())).toList());
                graduates.saveAndFlush(g);
                setExternalId("graduate_profile", g.getId(), externalId);
                yield id == null;
            }
            case LISTINGS -> {
                UUID id = idByExternalId("listing", externalId);
                UUID company = companyIdByExternalId(row.get("company_external_id"));
                ListingType type = ListingType.valueOf(row.get("type").toUpperCase(Locale.ROOT));
                Listing l = id == null ? new Listing(UUID.randomUUID(), company, type, row.get("title"))
                        : listings.findById(id).orElseThrow();
                l.setType(type);
                l.setTitle(row.get("title"));
                l.setDescription(blankToNull(row.get("description")));
                l.setCity(blankToNull(row.get("city")));
                if (!row.get("remote_policy").isEmpty()) {
                    l.setRemotePolicy(RemotePolicy.valueOf(row.get("remote_policy").toUpperCase(Locale.ROOT)));
                }
                l.setStartDate(row.get("start_date").isEmpty() ? null : LocalDate.parse(row.get("start_date")));
                Map<String, Integer> required = new LinkedHashMap<>();
                for (String part : list(row.get("required_skills"))) {
                    String[] p = part.split(":", 2);
                    required.put(vocabulary.resolve(p[0].strip()).orElseThrow().value(), p.length == 2 ? Integer.parseInt(p[1].strip()) : 2);
                }
                l.replaceRequiredSkills(required.entrySet().stream().map(e -> new RequiredSkill(e.getKey(), e.getValue())).toList());
                l.replaceNiceToHaveSkills(list(row.get("nice_skills")).stream()
                        .map(s -> vocabulary.resolve(s).orElseThrow().value()).distinct().toList());
                String status = row.get("status").toUpperCase(Locale.ROOT);
                if (status.equals("OPEN")) {
                    l.open();
                } else if (status.equals("CLOSED")) {
                    l.close();
                }
                listings.saveAndFlush(l);
                setExternalId("listing", l.getId(), externalId);
                yield id == null;
            }
        };
    }

    private UUID cohortId(String name) {
        List<UUID> ids = jdbc.queryForList("select id from cohort where name = ?", UUID.class, name);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private UUID companyIdByExternalId(String externalId) {
        return idByExternalId("company", externalId);
    }

    /** {@code table} is one of our three constants, never user input. */
    private UUID idByExternalId(String table, String externalId) {
        List<UUID> ids = jdbc.queryForList("select id from " + table + " where external_id = ?", UUID.class, externalId);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private void setExternalId(String table, UUID id, String externalId) {
        jdbc.update("update " + table + " set external_id = ? where id = ?", externalId, id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
