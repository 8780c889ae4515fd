package org.migracode.talent.portal.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What people stored, in two views, to show that a refused request changed nothing.
 *
 * <p>{@link #fingerprint()}: row count and a hash of every row per table. Derived columns that the
 * application recomputes from stored text (the sentence-embedding vectors) are left out: hashing
 * 384 floats per row as text made every fingerprint several times slower, and they cannot be "lost"
 * on their own. One fingerprint of the 19 tables costs tens of milliseconds, so taking one after
 * each of the corpus's ~15,000 refused writes was most of its run time.
 *
 * <p>{@link #writes()}: a write counter kept by test-only triggers (installed by {@link #install},
 * removed by {@link #close}; never a Flyway migration). Every committed row insert or delete, every
 * update that changes the row's text (without the derived columns — the same text the fingerprint
 * hashes) and every TRUNCATE of a fingerprinted table adds a row to {@value #LOG}; a rolled-back
 * write adds none, as it changes no fingerprint. Reading the counter is one index look-up. It is
 * at least as strict as the fingerprint: it also sees a write that a later write of the same
 * transaction undid, or two rows trading contents. What it cannot see (triggers disabled, DDL) the
 * caller still catches by comparing fingerprints now and then ({@code RobustnessCorpusIT} does once
 * per target whose requests were all refused).
 */
final class StoredRecords implements AutoCloseable {

    static final List<String> TABLES = List.of("listing", "listing_required_skill", "listing_nice_skill", "listing_language",
            "company", "graduate_profile", "graduate_skill", "user_account", "proposal", "proposal_transition", "student_outcome",
            "placement", "employment_check_in", "fairness_declaration", "graduate_language", "portfolio_project",
            "graduate_blocked_company", "placement_evidence", "cohort_report_publication");

    /** The test-only table the triggers write to. */
    static final String LOG = "test_stored_records_write";
    private static final String FUNCTION = "test_stored_records_log_write";
    private static final String TRIGGER = "test_stored_records_";

    /** Columns derived from stored text, recomputed by the application. */
    private static final List<String> DERIVED = List.of("text_embedding");

    private final JdbcTemplate jdbc;
    private final Map<String, List<String>> keptColumns = new LinkedHashMap<>();
    private final Map<String, String> rowExpressions = new LinkedHashMap<>();
    private boolean installed;
    private int fingerprints;
    private long fingerprintNanos;
    private int counts;
    private long countNanos;

    StoredRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        for (String table : TABLES) {
            List<String> columns = jdbc.queryForList("select quote_ident(column_name) from information_schema.columns "
                    + "where table_schema = current_schema() and table_name = ? order by ordinal_position", String.class, table);
            List<String> kept = columns.stream().filter(c -> !DERIVED.contains(c)).toList();
            keptColumns.put(table, kept);
            rowExpressions.put(table, kept.isEmpty() ? "t::text" : "row(" + String.join(", ", kept) + ")::text");
        }
    }

    /** Row count and hash of all rows (without derived columns) of every table: equal strings, equal contents. */
    String fingerprint() {
        long start = System.nanoTime();
        StringBuilder all = new StringBuilder();
        rowExpressions.forEach((table, row) -> all.append(jdbc.queryForObject(
                "select count(*) || ':' || coalesce(md5(string_agg(h, ',' order by h)), '') from (select md5(" + row + ") h from "
                        + table + " t) rows", String.class)).append(' '));
        fingerprints++;
        fingerprintNanos += System.nanoTime() - start;
        return all.toString();
    }

    /** Installs the write-counting triggers on every fingerprinted table (idempotent: leftovers of an aborted run are replaced). */
    StoredRecords install() {
        uninstall();
        jdbc.execute("create table " + LOG + " (id bigserial primary key, table_name text not null, operation text not null)");
        jdbc.execute("create function " + FUNCTION + "() returns trigger language plpgsql as $$ begin insert into " + LOG
                + " (table_name, operation) values (TG_TABLE_NAME, TG_OP); return null; end $$");
        for (String table : TABLES) {
            jdbc.execute("create trigger " + TRIGGER + "insert_delete after insert or delete on " + table
                    + " for each row execute function " + FUNCTION + "()");
            jdbc.execute("create trigger " + TRIGGER + "update after update on " + table + " for each row when ("
                    + row("old", table) + " is distinct from " + row("new", table) + ") execute function " + FUNCTION + "()");
            jdbc.execute("create trigger " + TRIGGER + "truncate after truncate on " + table
                    + " for each statement execute function " + FUNCTION + "()");
        }
        installed = true;
        return this;
    }

    /** The row's text as the fingerprint hashes it, of {@code old} or {@code new} in a trigger's condition. */
    private String row(String which, String table) {
        List<String> columns = new ArrayList<>();
        for (String column : keptColumns.get(table)) {
            columns.add(which + "." + column);
        }
        return "row(" + String.join(", ", columns) + ")::text";
    }

    /** A number that grows with every committed write the triggers saw; the same number, no write since. */
    long writes() {
        if (!installed) {
            throw new IllegalStateException("install() first");
        }
        long start = System.nanoTime();
        long writes = jdbc.queryForObject("select coalesce(max(id), 0) from " + LOG, Long.class);
        counts++;
        countNanos += System.nanoTime() - start;
        return writes;
    }

    /** How many fingerprints and counter reads were taken, and the time they took (for the corpus's summary). */
    String cost() {
        return String.format(java.util.Locale.ROOT, "%d fingerprints in %.1f s (%.1f ms each), %d write counts in %.1f s (%.2f ms each)",
                fingerprints, fingerprintNanos / 1e9, fingerprints == 0 ? 0 : fingerprintNanos / 1e6 / fingerprints, counts,
                countNanos / 1e9, counts == 0 ? 0 : countNanos / 1e6 / counts);
    }

    /** The writes counted after {@code since} (of {@link #writes()}), as "table operation" lines, for a failure message. */
    List<String> writesAfter(long since) {
        return jdbc.queryForList("select table_name || ' ' || operation from " + LOG + " where id > ? order by id limit 20", String.class,
                since);
    }

    private void uninstall() {
        for (String table : TABLES) {
            for (String trigger : List.of("insert_delete", "update", "truncate")) {
                jdbc.execute("drop trigger if exists " + TRIGGER + trigger + " on " + table);
            }
        }
        jdbc.execute("drop function if exists " + FUNCTION + "()");
        jdbc.execute("drop table if exists " + LOG);
        installed = false;
    }

    /** Removes the triggers and their table: the database (shared by the context's other tests) is as before. */
    @Override
    public void close() {
        uninstall();
    }
}
