package org.migracode.talent.index.matching;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.model.dependency.PojoTypeIndexingDependencyConfigurationContext;

/**
 * What the matching-fields binders declare: the entity properties their fields are computed from,
 * and three kinds of field, each exactly as the annotation it
 * replaces declared it ({@code @KeywordField} on a list, {@code @FullTextField(analyzer)}, and
 * {@code @GenericField(projectable = YES, searchable = NO)} on a string), so that the mapping,
 * its fingerprint and the OpenSearch schema are unchanged.
 */
final class MatchingFieldSchema {

    private MatchingFieldSchema() {
    }

    /**
     * An edit of any of {@code properties} reindexes the entity: what
     * {@code @IndexingDependency(derivedFrom = ...)} said on the entity getters these fields replace.
     */
    static void dependOn(TypeBindingContext context, String... properties) {
        PojoTypeIndexingDependencyConfigurationContext dependencies = context.dependencies();
        for (String property : properties) {
            dependencies.use(property);
        }
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
