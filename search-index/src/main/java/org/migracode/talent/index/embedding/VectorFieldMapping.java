package org.migracode.talent.index.embedding;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.migracode.talent.index.graduate.GraduateIndexFields;
import org.migracode.talent.index.graduate.GraduateProfile;
import org.migracode.talent.index.listing.Listing;
import org.migracode.talent.index.listing.ListingIndexFields;

/**
 * Maps the stored sentence embeddings of graduates and listings as kNN vector fields, only while
 * the embedding channel is switched on ({@link EmbeddingConfiguration#ENABLED}). Programmatic rather
 * than {@code @VectorField}, because a vector field needs kNN support in the index: Lucene always
 * has it, OpenSearch only with its k-NN plugin (part of the standard distribution, not of the
 * minimal one), and an index that cannot map the field would stop the application from starting.
 */
public final class VectorFieldMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        mapping.type(GraduateProfile.class).property("textEmbedding")
                .vectorField(OnnxTextEmbedder.DIMENSIONS, GraduateIndexFields.TEXT_VECTOR)
                .vectorSimilarity(VectorSimilarity.COSINE).projectable(Projectable.NO);
        mapping.type(Listing.class).property("textEmbedding")
                .vectorField(OnnxTextEmbedder.DIMENSIONS, ListingIndexFields.TEXT_VECTOR)
                .vectorSimilarity(VectorSimilarity.COSINE).projectable(Projectable.NO);
    }
}
