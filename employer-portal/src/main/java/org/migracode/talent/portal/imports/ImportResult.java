package org.migracode.talent.portal.imports;

import java.util.List;

/**
 * The outcome of an import: rows created and updated, or (when any row is invalid) the errors and
 * nothing written.
 */
public record ImportResult(String kind, int created, int updated, List<RowError> errors) {

    /** A problem in one cell (or row, when {@code column} is null); {@code line} is the file's line number, header = 1. */
    public record RowError(long line, String column, String message) {
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
