package org.migracode.talent.portal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.migracode.talent.core.input.TextRules;

/**
 * Reads an import file into rows of the kind's columns, or into the file-level errors that
 * refuse it as a whole (control characters, missing or unknown columns, too many rows, not CSV,
 * no rows). Touches nothing stored.
 */
final class CsvFileReader {

    static final int MAX_ROWS = 10_000;

    private CsvFileReader() {
    }

    /**
     * The rows of a file, each with only the columns the file has, and the line each starts on;
     * or, when {@code errors} is not empty, why the file is refused.
     */
    record CsvFile(List<Map<String, String>> rows, List<Long> lines, List<ImportResult.RowError> errors) {

        static CsvFile refused(List<ImportResult.RowError> errors) {
            return new CsvFile(List.of(), List.of(), List.copyOf(errors));
        }

        static CsvFile refused(long line, String message) {
            return refused(List.of(new ImportResult.RowError(line, null, message)));
        }

        boolean isRefused() {
            return !errors.isEmpty();
        }
    }

    static CsvFile read(ImportKind kind, String text) {
        int control = TextRules.firstForbidden(text);
        if (control >= 0) { // the input rules (TextRules), before anything is parsed: PostgreSQL refuses NUL
            long line = text.substring(0, control).chars().filter(c -> c == '\n').count() + 1;
            return CsvFile.refused(line, "contains control characters such as NUL");
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
                return CsvFile.refused(errors);
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    return CsvFile.refused(parser.getCurrentLineNumber(), "more than " + MAX_ROWS + " rows");
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
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return CsvFile.refused(0, "not a readable CSV file: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            return CsvFile.refused(1, "the file has no rows");
        }
        return new CsvFile(rows, lines, List.of());
    }
}
