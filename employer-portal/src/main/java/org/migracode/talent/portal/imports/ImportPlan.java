package org.migracode.talent.portal.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One row's effect on one record, computed before anything is written: the record (a stored
 * one, or a new one not yet saved), the columns whose value changes and to what, and notes.
 */
final class ImportPlan<E> {

    final String externalId;
    final E record;
    final boolean isNew;
    final Map<ImportField<E>, ImportField.Target> changes = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    private final Consumer<E> onCreate;
    private final Consumer<E> save;
    private final String table;
    private final Function<E, UUID> id;

    ImportPlan(String externalId, E record, boolean isNew, Consumer<E> onCreate, Consumer<E> save, String table, Function<E, UUID> id) {
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

    /** Writes the changes (nothing when there are none), saves the record and stores its external id. */
    void apply(ImportRecords records) {
        if (!isNew && changes.isEmpty()) {
            return;
        }
        changes.forEach((field, target) -> field.write().accept(record, target.value()));
        if (isNew) {
            onCreate.accept(record);
        }
        save.accept(record);
        records.setExternalId(table, id.apply(record), externalId);
    }
}
