package org.migracode.talent.portal.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.audit.AuditRecord;
import org.migracode.talent.index.duplicates.DuplicatePairs;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.portal.audit.AuditRecorder;
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
 *
 * <p>The steps have their own classes: {@link CsvFileReader} reads the file, {@link ImportRowValidator}
 * checks each row, {@link ImportPlanner} works out what a row changes and {@link ImportPlan} writes it;
 * this class runs them in order and counts the outcome.
 */
@Service
class CsvImportService {

    /** The columns that, when they change, may make a graduate look like someone else (docs/records.md). */
    private static final Set<String> IDENTITY_COLUMNS = Set.of("display_name", "email", "phone", "cohort");

    private final ImportRowValidator validator;
    private final ImportPlanner planner;
    private final ImportRecords records;
    private final AuditLog audit;
    private final DuplicatePairs duplicates;

    CsvImportService(ImportRowValidator validator, ImportPlanner planner, ImportRecords records, AuditLog audit,
            DuplicatePairs duplicates) {
        this.validator = validator;
        this.planner = planner;
        this.records = records;
        this.audit = audit;
        this.duplicates = duplicates;
    }

    /** The template: header and one example row. */
    String template(ImportKind kind) {
        StringBuilder out = new StringBuilder();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
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
        CsvFileReader.CsvFile file = CsvFileReader.read(kind, text);
        if (file.isRefused()) {
            return ImportResult.refusedFile(kind.param(), options.dryRun(), file.errors());
        }
        List<Map<String, String>> rows = file.rows();
        List<Long> lines = file.lines();
        List<ImportResult.RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ImportPlan<?>> plans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<ImportResult.RowError> rowErrors = new ArrayList<>();
            validator.validate(kind, rows.get(i), lines.get(i), rowErrors, seen);
            ImportPlan<?> plan = rowErrors.isEmpty() ? planner.plan(kind, rows.get(i), lines.get(i), options, rowErrors) : null;
            plans.add(rowErrors.isEmpty() ? plan : null);
            errors.addAll(rowErrors);
        }
        List<ImportResult.RowOutcome> outcomes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int refused = 0;
        for (int i = 0; i < rows.size(); i++) {
            ImportPlan<?> plan = plans.get(i);
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
            plans.forEach(p -> p.apply(records));
            if (kind == ImportKind.GRADUATES) {
                // a new graduate, or a new name or contact, may be someone already here (or twice in this file): queue, never merge
                duplicates.detect(plans.stream().filter(p -> p.isNew || p.fields().stream().anyMatch(IDENTITY_COLUMNS::contains))
                        .map(p -> ((GraduateProfile) p.record).getId()).toList());
            }
        }
        return new ImportResult(kind.param(), options.dryRun(), created, updated, unchanged, refused, outcomes, List.copyOf(errors));
    }
}
