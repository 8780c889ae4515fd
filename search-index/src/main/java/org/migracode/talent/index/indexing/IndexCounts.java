package org.migracode.talent.index.indexing;

/**
 * Rows in the database against documents in the index, per indexed entity.
 *
 * @param entity the entity name, e.g. "GraduateProfile"
 * @param databaseRows rows in its table
 * @param indexDocuments documents in its index
 */
public record IndexCounts(String entity, long databaseRows, long indexDocuments) {

    public boolean inSync() {
        return databaseRows == indexDocuments;
    }
}
