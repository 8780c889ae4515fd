package org.migracode.talent.portal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.audit.AuditRecord;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.duplicates.DuplicatePairs;
import org.migracode.talent.index.graduate.GraduateProfile;
import org.migracode.talent.index.graduate.GraduateRepository;
import org.migracode.talent.index.graduate.SpokenLanguage;
import org.migracode.talent.index.listing.Listing;
import org.migracode.talent.index.listing.ListingRepository;
import org.migracode.talent.index.listing.ListingStatus;
import org.migracode.talent.index.listing.RequiredSkill;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV file in two passes: every row is parsed and validated first (nothing is written
 * when any row is refused), then all rows are written in this one transaction through the
 * entities, so Hibernate Search indexes graduates and listings when it commits. A row whose
 * {@code external_id} is already stored updates that record.
 *
 * <p>What an import may change (issue #13, docs/privacy.md): only the columns the file has; an
 * empty cell leaves the stored value alone unless {@link ImportOptions#clearEmpty()}; a graduate's
 * skills and languages merge (a skill keeps its evidence source); and never the consent of an
 * existing graduate. A new graduate is shown to employers only with a {@code consent_basis}. A
 * preview ({@link ImportOptions#dryRun()}) runs the same plan per row and writes nothing. Every
 * import and preview writes one {@code ADMIN_IMPORT} audit entry.
 */
@Service
class CsvImportService {

    static final int MAX_ROWS = 10_000;

    private final JdbcTemplate jdbc;
    private final CompanyRepository companies;
    private final GraduateRepository graduates;
    private final ListingRepository listings;
    private final AuditLog audit;
    private final DuplicatePairs duplicates;
    private final SkillVocabulary vocabulary = SkillVocabulary.shared();

    /** The columns that, when they change, may make a graduate look like someone else (docs/records.md). */
    private static final Set<String> IDENTITY_COLUMNS = Set.of("display_name", "email", "phone", "cohort");

    CsvImportService(JdbcTemplate jdbc, CompanyRepository companies, GraduateRepository graduates, ListingRepository listings,
            AuditLog audit, DuplicatePairs duplicates) {
        this.jdbc = jdbc;
        this.duplicates = duplicates;
        this.companies = companies;
        this.graduates = graduates;
        this.listings = listings;
        this.audit = audit;
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
        return importCsv(kind, text, ImportOptions.defaults());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportResult importCsv(ImportKind kind, String text, ImportOptions options) {
        ImportResult result = run(kind, text, options);
        audit.recordWithin(AuditRecorder.currentActor(), new AuditRecord(AuditAction.ADMIN_IMPORT, null, null, null, null, null,
                "kind=" + kind.param() + " file=" + options.fileName() + " dryRun=" + options.dryRun() + " clearEmpty="
                        + options.clearEmpty() + " created=" + result.created() + " updated=" + result.updated() + " unchanged="
                        + result.unchanged() + " refused=" + result.refused() + " written=" + (result.ok() && !options.dryRun())));
        return result;
    }

    private ImportResult run(ImportKind kind, String text, ImportOptions options) {
        int control = TextRules.firstForbidden(text);
        if (control >= 0) { // the input rules (TextRules), before anything is parsed: PostgreSQL refuses NUL
            long line = text.substring(0, control).chars().filter(c -> c == '\n').count() + 1;
            return ImportResult.refusedFile(kind.param(), options.dryRun(), List.of(new ImportResult.RowError(line, null,
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
                return ImportResult.refusedFile(kind.param(), options.dryRun(), errors);
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    errors.add(new ImportResult.RowError(parser.getCurrentLineNumber(), null, "more than " + MAX_ROWS + " rows"));
                    return ImportResult.refusedFile(kind.param(), options.dryRun(), errors);
                }
                // only the file's columns: a column the file does not have is absent here and changes nothing
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : kind.columns) {
                    if (header.contains(column)) {
                        String v = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
                        row.put(column, v == null ? "" : v.strip());
                    }
                }
                rows.add(row);
                lines.add(record.getRecordNumber() + 1);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            return ImportResult.refusedFile(kind.param(), options.dryRun(),
                    List.of(new ImportResult.RowError(0, null, "not a readable CSV file: " + e.getMessage())));
        }
        if (rows.isEmpty()) {
            return ImportResult.refusedFile(kind.param(), options.dryRun(), List.of(new ImportResult.RowError(1, null, "the file has no rows")));
        }
        Set<String> seen = new HashSet<>();
        List<Plan<?>> plans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<ImportResult.RowError> rowErrors = new ArrayList<>();
            validate(kind, rows.get(i), lines.get(i), rowErrors, seen);
            Plan<?> plan = rowErrors.isEmpty() ? plan(kind, rows.get(i), lines.get(i), options, rowErrors) : null;
            plans.add(rowErrors.isEmpty() ? plan : null);
            errors.addAll(rowErrors);
        }
        List<ImportResult.RowOutcome> outcomes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int refused = 0;
        for (int i = 0; i < rows.size(); i++) {
            Plan<?> plan = plans.get(i);
            long line = lines.get(i);
            if (plan == null) {
                refused++;
                outcomes.add(new ImportResult.RowOutcome(line, rows.get(i).get("external_id"), ImportResult.Change.REFUSED, List.of(),
                        errors.stream().filter(e -> e.line() == line).map(e -> (e.column() == null ? "" : e.column() + ": ") + e.message())
                                .toList()));
                continue;
            }
            ImportResult.Change change = plan.change();
            switch (change) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                default -> unchanged++;
            }
            outcomes.add(new ImportResult.RowOutcome(line, plan.externalId, change, plan.fields(), List.copyOf(plan.notes)));
        }
        if (errors.isEmpty() && !options.dryRun()) {
            plans.forEach(Plan::apply);
            if (kind == ImportKind.GRADUATES) {
                // a new graduate, or a new name or contact, may be someone already here (or twice in this file): queue, never merge
                duplicates.detect(plans.stream().filter(p -> p.isNew || p.fields().stream().anyMatch(IDENTITY_COLUMNS::contains))
                        .map(p -> ((GraduateProfile) p.record).getId()).toList());
            }
        }
        return new ImportResult(kind.param(), options.dryRun(), created, updated, unchanged, refused, outcomes, List.copyOf(errors));
    }

    // --- planning: what a row does to its record -------------------------------------------

    /**
     * One row's effect on one record, computed before anything is written: the record (a stored
     * one, or a new one not yet saved), the columns whose value changes and to what, and notes.
     */
    private final class Plan<E> {
        final String externalId;
        final E record;
        final boolean isNew;
        final Map<ImportField<E>, ImportField.Target> changes = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        final Consumer<E> onCreate;
        final Consumer<E> save;
        final String table;
        final Function<E, UUID> id;

        Plan(String externalId, E record, boolean isNew, Consumer<E> onCreate, Consumer<E> save, String table, Function<E, UUID> id) {
            this.externalId = externalId;
            this.record = record;
            this.isNew = isNew;
            this.onCreate = onCreate;
            this.save = save;
            this.table = table;
            this.id = id;
        }

        ImportResult.Change change() {
            return isNew ? ImportResult.Change.CREATED : changes.isEmpty() ? ImportResult.Change.UNCHANGED : ImportResult.Change.UPDATED;
        }

        List<String> fields() {
            return changes.keySet().stream().map(ImportField::column).toList();
        }

        void apply() {
            if (!isNew && changes.isEmpty()) {
                return;
            }
            changes.forEach((field, target) -> field.write().accept(record, target.value()));
            if (isNew) {
                onCreate.accept(record);
            }
            save.accept(record);
            setExternalId(table, id.apply(record), externalId);
        }
    }

    private Plan<?> plan(ImportKind kind, Map<String, String> row, long line, ImportOptions options, List<ImportResult.RowError> errors) {
        String externalId = row.get("external_id");
        return switch (kind) {
            case COMPANIES -> {
                UUID id = idByExternalId("company", externalId);
                Company c = id == null ? new Company(UUID.randomUUID(), row.get("name"), null) : companies.findById(id).orElseThrow();
                Plan<Company> plan = new Plan<>(externalId, c, id == null, x -> { }, companies::saveAndFlush, "company", Company::getId);
                fill(plan, companyFields(), row, options);
                yield plan;
            }
            case GRADUATES -> {
                UUID id = idByExternalId("graduate_profile", externalId);
                GraduateProfile g = id == null ? new GraduateProfile(UUID.randomUUID(), row.get("display_name"))
                        : graduates.findById(id).orElseThrow();
                String visibleCell = row.getOrDefault("visible_to_employers", "");
                String basis = row.getOrDefault("consent_basis", "");
                boolean visible = visibleCell.equalsIgnoreCase("true");
                if (id == null && visible && basis.isEmpty()) {
                    errors.add(new ImportResult.RowError(line, "consent_basis",
                            "a new graduate is shown to employers only with a consent_basis (how and when they consented)"));
                }
                Plan<GraduateProfile> plan = new Plan<>(externalId, g, id == null, x -> x.recordConsent(visible, basis),
                        graduates::saveAndFlush, "graduate_profile", GraduateProfile::getId);
                fill(plan, graduateFields(), row, options);
                if (id != null && !visibleCell.isEmpty() && visible != g.isVisibleToEmployers()) {
                    plan.notes.add("visible_to_employers kept (" + g.isVisibleToEmployers()
                            + "): only the graduate changes their consent");
                }
                if (id != null && !basis.isEmpty()) {
                    plan.notes.add("consent_basis ignored: it is recorded only when the graduate is created");
                }
                yield plan;
            }
            case LISTINGS -> {
                UUID id = idByExternalId("listing", externalId);
                UUID company = companyIdByExternalId(row.get("company_external_id"));
                ListingType type = ListingType.valueOf(row.get("type").toUpperCase(Locale.ROOT));
                Listing l = id == null ? new Listing(UUID.randomUUID(), company, type, row.get("title"))
                        : listings.findById(id).orElseThrow();
                Plan<Listing> plan = new Plan<>(externalId, l, id == null, x -> { }, listings::saveAndFlush, "listing", Listing::getId);
                fill(plan, listingFields(), row, options);
                if (id != null && !l.getCompanyId().equals(company)) {
                    plan.notes.add("company_external_id ignored: a listing does not move to another company");
                }
                if (id != null && "DRAFT".equalsIgnoreCase(row.getOrDefault("status", "")) && l.getStatus() != ListingStatus.DRAFT) {
                    plan.changes.keySet().removeIf(f -> f.column().equals("status"));
                    plan.notes.add("status DRAFT ignored: a published listing does not go back to draft");
                }
                yield plan;
            }
        };
    }

    private <E> void fill(Plan<E> plan, List<ImportField<E>> fields, Map<String, String> row, ImportOptions options) {
        for (ImportField<E> field : fields) {
            String cell = row.get(field.column());
            if (cell == null) {
                continue; // the file has no such column: the stored value stays
            }
            ImportField.Target target = field.target(plan.record, cell, options.clearEmpty());
            if (target == null && plan.isNew && !cell.isEmpty()) {
                target = new ImportField.Target(field.parse().apply(cell)); // a created row lists every column it fills
            }
            if (target != null) {
                plan.changes.put(field, target);
            }
        }
    }

    // --- the columns of each kind ------------------------------------------------------------

    private List<ImportField<Company>> companyFields() {
        return List.of(
                ImportField.<Company>kept("name", Company::getName, s -> s, (c, v) -> c.rename((String) v)),
                ImportField.<Company>of("city", Company::getCity, s -> s, (c, v) -> c.setCity((String) v)),
                ImportField.<Company>of("website", Company::getWebsite, s -> s, (c, v) -> c.setWebsite((String) v)),
                ImportField.<Company>of("description", Company::getDescription, s -> s, (c, v) -> c.setDescription((String) v)));
    }

    private List<ImportField<GraduateProfile>> graduateFields() {
        return List.of(
                ImportField.<GraduateProfile>kept("display_name", GraduateProfile::getDisplayName, s -> s,
                        (g, v) -> g.setDisplayName((String) v)),
                ImportField.<GraduateProfile>of("cohort", GraduateProfile::getCohortId, this::cohortId, (g, v) -> g.setCohortId((UUID) v)),
                ImportField.<GraduateProfile>of("email", GraduateProfile::getEmail, s -> s, (g, v) -> g.setEmail((String) v)),
                ImportField.<GraduateProfile>of("phone", GraduateProfile::getPhone, s -> s, (g, v) -> g.setPhone((String) v)),
                ImportField.<GraduateProfile>of("city", GraduateProfile::getCity, s -> s, (g, v) -> g.setCity((String) v)),
                ImportField.<GraduateProfile>of("headline", GraduateProfile::getHeadline, s -> s, (g, v) -> g.setHeadline((String) v)),
                ImportField.<GraduateProfile>of("summary", GraduateProfile::getSummary, s -> s, (g, v) -> g.setSummary((String) v)),
                ImportField.<GraduateProfile>merged("skills", CsvImportService::skillLevels, this::skillLevels, CsvImportService::writeSkills,
                        CsvImportService::mergeMaps, Map.of()),
                ImportField.<GraduateProfile>merged("languages", CsvImportService::languageLevels, CsvImportService::languageLevels,
                        CsvImportService::writeLanguages, CsvImportService::mergeMaps, Map.of()),
                ImportField.<GraduateProfile>of("available_from", GraduateProfile::getAvailableFrom, LocalDate::parse,
                        (g, v) -> g.setAvailableFrom((LocalDate) v)));
    }

    private List<ImportField<Listing>> listingFields() {
        return List.of(
                ImportField.<Listing>kept("type", Listing::getType, s -> ListingType.valueOf(s.toUpperCase(Locale.ROOT)),
                        (l, v) -> l.setType((ListingType) v)),
                ImportField.<Listing>kept("title", Listing::getTitle, s -> s, (l, v) -> l.setTitle((String) v)),
                ImportField.<Listing>of("description", Listing::getDescription, s -> s, (l, v) -> l.setDescription((String) v)),
                ImportField.<Listing>of("city", Listing::getCity, s -> s, (l, v) -> l.setCity((String) v)),
                ImportField.<Listing>kept("remote_policy", Listing::getRemotePolicy, s -> RemotePolicy.valueOf(s.toUpperCase(Locale.ROOT)),
                        (l, v) -> l.setRemotePolicy((RemotePolicy) v)),
                ImportField.<Listing>of("start_date", Listing::getStartDate, LocalDate::parse, (l, v) -> l.setStartDate((LocalDate) v)),
                ImportField.<Listing>replaced("required_skills", CsvImportService::requiredLevels, this::skillLevels,
                        CsvImportService::writeRequired, Map.of()),
                ImportField.<Listing>replaced("nice_skills", l -> new LinkedHashSet<>(l.getNiceToHaveSkills()), this::niceSkills,
                        (l, v) -> l.replaceNiceToHaveSkills(List.copyOf((Set<?>) v).stream().map(String::valueOf).toList()), Set.of()),
                ImportField.<Listing>kept("status", l -> l.getStatus().name(), s -> s.toUpperCase(Locale.ROOT), CsvImportService::writeStatus));
    }

    private static Object skillLevels(GraduateProfile g) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        g.getSkills().forEach(s -> levels.put(s.getSkillId(), s.getLevel()));
        return levels;
    }

    private Object skillLevels(String cell) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String part : list(cell)) {
            String[] p = part.split(":", 2);
            levels.put(vocabulary.resolve(p[0].strip()).orElseThrow().value(), p.length == 2 ? Integer.parseInt(p[1].strip()) : 2);
        }
        return levels;
    }

    private Object niceSkills(String cell) {
        Set<String> skills = new LinkedHashSet<>();
        list(cell).forEach(s -> skills.add(vocabulary.resolve(s).orElseThrow().value()));
        return skills;
    }

    /** Sets the skills to {@code value}: a skill already held keeps its evidence source, a new one is DECLARED. */
    @SuppressWarnings("unchecked")
    private static void writeSkills(GraduateProfile g, Object value) {
        Map<String, Integer> target = (Map<String, Integer>) value;
        Map<String, SkillSource> sources = new HashMap<>();
        g.getSkills().forEach(s -> sources.put(s.getSkillId(), s.getSource()));
        sources.keySet().stream().filter(id -> !target.containsKey(id)).toList().forEach(g::removeSkill);
        target.forEach((id, level) -> g.putSkill(id, level, sources.getOrDefault(id, SkillSource.DECLARED)));
    }

    private static Object languageLevels(GraduateProfile g) {
        Map<String, Cefr> levels = new LinkedHashMap<>();
        g.getLanguages().forEach(l -> levels.put(l.getCode(), l.getLevel()));
        return levels;
    }

    private static Object languageLevels(String cell) {
        Map<String, Cefr> levels = new LinkedHashMap<>();
        for (String part : list(cell)) {
            String[] p = part.split(":", 2);
            levels.put(p[0].strip().toLowerCase(Locale.ROOT), Cefr.parse(p[1].strip()));
        }
        return levels;
    }

    @SuppressWarnings("unchecked")
    private static void writeLanguages(GraduateProfile g, Object value) {
        g.replaceLanguages(((Map<String, Cefr>) value).entrySet().stream().map(e -> new SpokenLanguage(e.getKey(), e.getValue())).toList());
    }

    private static Object requiredLevels(Listing l) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        l.getRequiredSkills().forEach(r -> levels.put(r.getSkillId(), r.getMinLevel()));
        return levels;
    }

    @SuppressWarnings("unchecked")
    private static void writeRequired(Listing l, Object value) {
        l.replaceRequiredSkills(((Map<String, Integer>) value).entrySet().stream().map(e -> new RequiredSkill(e.getKey(), e.getValue()))
                .toList());
    }

    private static void writeStatus(Listing l, Object value) {
        if ("OPEN".equals(value)) {
            l.open();
        } else if ("CLOSED".equals(value)) {
            l.close();
        }
    }

    /** The stored entries with the cell's added or updated: a merge never removes. */
    @SuppressWarnings("unchecked")
    private static Object mergeMaps(Object current, Object parsed) {
        Map<Object, Object> merged = new LinkedHashMap<>((Map<Object, Object>) current);
        merged.putAll((Map<Object, Object>) parsed);
        return merged;
    }

    // --- validation -----------------------------------------------------------------------

    private void validate(ImportKind kind, Map<String, String> given, long line, List<ImportResult.RowError> errors, Set<String> seen) {
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
                length(row, "consent_basis", GraduateProfile.MAX_CONSENT_BASIS, line, errors);
                for (String column : List.of("email", "phone", "city", "headline")) {
                    length(row, column, 200, line, errors);
                }
                length(row, "summary", 5_000, line, errors);
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
}
