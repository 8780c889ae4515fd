package org.migracode.talent.portal.reports;

import java.util.List;

/**
 * A report table: one column per group (cohort, period, company), one row per figure. The page,
 * the CSV, the PDF and the API all render these same objects.
 *
 * @param definitionKeys message keys of the definitions printed under the table, per row
 */
public record ReportTable(String title, String groupLabel, List<String> columns, List<Row> rows) {

    /** A figure across the groups; {@code key} names it in docs/reports.md and the message bundles. */
    public record Row(String key, String label, String definition, List<CellView> cells) {
    }
}
