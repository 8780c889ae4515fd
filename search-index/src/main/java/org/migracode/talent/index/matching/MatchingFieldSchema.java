package org.migracode.talent.index.matching;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;

/**
 * The three kinds of field the matching-fields binders declare, each exactly as the annotation it
 * replaces declared it ({@code @KeywordField} on a list, {@code @FullTextField(analyzer)}, and
 * {@code @GenericField(projectable = YES, searchable = NO)} on a string), so that the mapping,
 * its fingerprint and the OpenSearch schema are unchanged.
 */
final class MatchingFieldSchema {

    private MatchingFieldSchema() {
    }

    /** Keyword terms, several per document, searchable with the backend's defaults otherwise. */
    static IndexFieldReference<String> keywords(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString()).multiValued().toReference();
    }

    /** One analyzed text per document. */
    static IndexFieldReference<String> text(IndexSchemaElement schema, String name, String analyzer) {
        return schema.field(name, f -> f.asString().analyzer(analyzer)).toReference();
    }

    /** One stored value per document, projected with a stage-1 hit and never searched. */
    static IndexFieldReference<String> storedOnly(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).toReference();
    }
}
