package org.migracode.talent.portal.robustness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of what people stored (row count and a hash of every row per table), to show that
 * a refused request changed nothing. Derived columns that the application recomputes from stored
 * text (the sentence-embedding vectors) are left out: hashing 384 floats per row as text made
 * every fingerprint of the corpus several times slower, and they cannot be "lost" on their own.
 */
final class StoredRecords {

    static final List<String> TABLES = List.of("listing", "listing_required_skill", "listing_nice_skill", "listing_language",
            "company", "graduate_profile", "graduate_skill", "user_account", "proposal", "proposal_transition", "student_outcome",
            "placement", "employment_check_in", "fairness_declaration", "graduate_language", "portfolio_project",
            "graduate_blocked_company", "placement_evidence", "cohort_report_publication");

    /** Columns derived from stored text, recomputed by the application. */
    private static final List<String> DERIVED = List.of("text_embedding");

    private final JdbcTemplate jdbc;
    private final Map<String, String> rowExpressions = new LinkedHashMap<>();

    StoredRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        for (String table : TABLES) {
            List<String> columns = jdbc.queryForList("select quote_ident(column_name) from information_schema.columns "
                    + "where table_schema = current_schema() and table_name = ? order by ordinal_position", String.class, table);
            String kept = String.join(", ", columns.stream().filter(c -> !DERIVED.contains(c)).toList());
            rowExpressions.put(table, kept.isEmpty() ? "t::text" : "row(" + kept + ")::text");
        }
    }

    String fingerprint() {
        StringBuilder all = new StringBuilder();
        rowExpressions.forEach((table, row) -> all.append(jdbc.queryForObject(
                "select count(*) || ':' || coalesce(md5(string_agg(h, ',' order by h)), '') from (select md5(" + row + ") h from "
                        + table + " t) rows", String.class)).append(' '));
        return all.toString();
    }
}
