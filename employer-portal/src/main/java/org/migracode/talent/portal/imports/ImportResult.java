package org.migracode.talent.portal.imports;

import java.util.List;

/**
 * The outcome of an import or of its preview: per row what happened (or would happen), the counts,
 * and the row errors. When any row is refused nothing is written.
 *
 * @param dryRun    a preview: nothing was written whatever the rows say
 * @param created   rows that created (or would create) a record
 * @param updated   rows that changed (or would change) at least one stored field
 * @param unchanged rows whose record already holds every value they carry
 * @param refused   rows with at least one error
 * @param rows      one outcome per data row, in file order (empty when the file itself could not be read)
 */
public record ImportResult(String kind, boolean dryRun, int created, int updated, int unchanged, int refused,
                           List<RowOutcome> rows, List<RowError> errors) {

    /** A problem in one cell (or row, when {@code column} is null); {@code line} is the file's line number, header = 1. */
    public record RowError(long line, String column, String message) {
    }

    /** What a row does to its record. */
    public enum Change {
        CREATED, UPDATED, UNCHANGED, REFUSED
    }

    /**
     * One data row's outcome.
     *
     * @param fields the columns whose stored value changes (for a created row: the columns it fills)
     * @param notes  values the row carries that the import does not apply, and why (e.g. consent)
     */
    public record RowOutcome(long line, String externalId, Change change, List<String> fields, List<String> notes) {
    }

    /** The file could not be imported at all (unreadable, wrong columns, too large): nothing per row. */
    static ImportResult refusedFile(String kind, boolean dryRun, List<RowError> errors) {
        return new ImportResult(kind, dryRun, 0, 0, 0, 0, List.of(), List.copyOf(errors));
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
