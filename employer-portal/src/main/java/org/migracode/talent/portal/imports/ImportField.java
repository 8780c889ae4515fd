package org.migracode.talent.portal.imports;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * One CSV column that maps onto a stored value of a record {@code E}: how to read the stored value,
 * how to read the cell (already validated), how to write a new value, and what "cleared" is.
 * Values are compared with {@code equals}, so a row that repeats what is stored changes nothing.
 *
 * @param merge     how the cell's value combines with the stored one; {@code null}: it replaces it
 *                  (skills and languages of a graduate merge: a cell adds and updates, never removes)
 * @param cleared   the value an empty cell stores when the import clears empty cells; {@code null}
 *                  with {@code clearable} false: the column cannot be cleared (required, or no empty value)
 */
record ImportField<E>(String column, Function<E, Object> read, Function<String, Object> parse, BiConsumer<E, Object> write,
                      BinaryOperator<Object> merge, boolean clearable, Object cleared) {

    ImportField {
        Objects.requireNonNull(column, "column");
    }

    /** A column that replaces the stored value and clears to {@code null}. */
    static <E> ImportField<E> of(String column, Function<E, Object> read, Function<String, Object> parse, BiConsumer<E, Object> write) {
        return new ImportField<>(column, read, parse, write, null, true, null);
    }

    /** A column that must not be cleared (a required one, or one whose stored value has no "empty"). */
    static <E> ImportField<E> kept(String column, Function<E, Object> read, Function<String, Object> parse, BiConsumer<E, Object> write) {
        return new ImportField<>(column, read, parse, write, null, false, null);
    }

    /** A list-like column: the cell merges into what is stored, an empty cell (when clearing) empties it. */
    static <E> ImportField<E> merged(String column, Function<E, Object> read, Function<String, Object> parse, BiConsumer<E, Object> write,
            BinaryOperator<Object> merge, Object cleared) {
        return new ImportField<>(column, read, parse, write, merge, true, cleared);
    }

    /** A list-like column whose cell replaces what is stored. */
    static <E> ImportField<E> replaced(String column, Function<E, Object> read, Function<String, Object> parse, BiConsumer<E, Object> write,
            Object cleared) {
        return new ImportField<>(column, read, parse, write, null, true, cleared);
    }

    /**
     * The value this cell leaves stored: {@code null} when the cell changes nothing (empty without
     * clearing, or equal to what is stored); otherwise a holder of the new value.
     */
    Target target(E record, String cell, boolean clearEmpty) {
        Object current = read.apply(record);
        Object next;
        if (cell.isEmpty()) {
            if (!clearEmpty || !clearable) {
                return null;
            }
            next = cleared;
        } else {
            Object parsed = parse.apply(cell);
            next = merge == null ? parsed : merge.apply(current, parsed);
        }
        return Objects.equals(current, next) ? null : new Target(next);
    }

    /** A new value for the column (may itself be null: cleared). */
    record Target(Object value) {
    }
}
