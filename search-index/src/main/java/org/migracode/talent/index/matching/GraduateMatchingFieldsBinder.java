package org.migracode.talent.index.matching;

import static org.migracode.talent.index.matching.MatchingFieldSchema.dependOn;
import static org.migracode.talent.index.matching.MatchingFieldSchema.keywords;
import static org.migracode.talent.index.matching.MatchingFieldSchema.storedOnly;
import static org.migracode.talent.index.matching.MatchingFieldSchema.text;

import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.migracode.talent.index.analysis.SearchAnalyzers;
import org.migracode.talent.index.graduates.GraduateIndexFields;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.springframework.stereotype.Component;

/**
 * Declares the graduate index's fields that the matcher derives — implied, mentioned and
 * occupation ids, the text and skill-bag channels, the stored wording vector and match profile —
 * and the entity properties they are computed from, so that an edit to any of them reindexes
 * the graduate (what {@code @IndexingDependency(derivedFrom = ...)} did on the entity's getters).
 *
 * <p>Why a binder and not getters on {@link GraduateProfile}: the getters made the entity import
 * the matcher, which imports the entity. The entity names this binder by its bean name only
 * ({@link GraduateIndexFields#MATCHING_FIELDS_BINDER}); Hibernate Search takes it from Spring,
 * with the {@link SkillVocabulary} bean injected. And the bridge finds the skills the graduate's
 * text names once per document for every field that needs them.
 */
@Component(GraduateIndexFields.MATCHING_FIELDS_BINDER)
class GraduateMatchingFieldsBinder implements TypeBinder {

    private final SkillVocabulary vocabulary;
    private final StoredGraduateFields stored;

    GraduateMatchingFieldsBinder(SkillVocabulary vocabulary, StoredGraduateFields stored) {
        this.vocabulary = vocabulary;
        this.stored = stored;
    }

    @Override
    public void bind(TypeBindingContext context) {
        dependOn(context, "skills", "projects", "languages", "headline", "summary", "city", "remotePreference",
                "availableFrom", "startNotBefore", "wantsJob", "jobsEligible", "wantsInternship", "textEmbedding");
        context.bridge(GraduateProfile.class, new GraduateMatchingFieldsBridge(vocabulary, fields(context.indexSchemaElement()), stored));
    }

    /** The same names, analyzers and capabilities the entity's annotations gave these fields. */
    private static GraduateMatchingFieldsBridge.Fields fields(IndexSchemaElement schema) {
        return new GraduateMatchingFieldsBridge.Fields(
                keywords(schema, GraduateIndexFields.SKILL_ANY),
                keywords(schema, GraduateIndexFields.SKILL_MENTIONED),
                keywords(schema, GraduateIndexFields.OCCUPATION),
                text(schema, GraduateIndexFields.ALL_TEXT_EN, SearchAnalyzers.TEXT_EN),
                text(schema, GraduateIndexFields.ALL_TEXT_ES, SearchAnalyzers.TEXT_ES),
                text(schema, GraduateIndexFields.ALL_TEXT_CA, SearchAnalyzers.TEXT_CA),
                text(schema, GraduateIndexFields.ALL_TEXT_PLAIN, SearchAnalyzers.TEXT_PLAIN),
                text(schema, GraduateIndexFields.SKILL_BAG, SearchAnalyzers.SKILL_BAG),
                storedOnly(schema, GraduateIndexFields.WORDING_VECTOR),
                storedOnly(schema, GraduateIndexFields.MATCH_PROFILE));
    }
}
