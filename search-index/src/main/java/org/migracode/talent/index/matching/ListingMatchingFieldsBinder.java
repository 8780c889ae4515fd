package org.migracode.talent.index.matching;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingIndexFields;
import org.springframework.stereotype.Component;

/**
 * Declares and writes the listing index's fields that the matcher derives: the stored match
 * profile (stage 2 of the reverse direction) and the skills the title and description name.
 * A binder for the reason {@link GraduateMatchingFieldsBinder} gives: the entity names it by bean
 * name ({@link ListingIndexFields#MATCHING_FIELDS_BINDER}) and so does not import the matcher.
 */
@Component(ListingIndexFields.MATCHING_FIELDS_BINDER)
class ListingMatchingFieldsBinder implements TypeBinder {

    private final SkillVocabulary vocabulary;

    ListingMatchingFieldsBinder(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public void bind(TypeBindingContext context) {
        MatchingFieldSchema.dependOn(context, "title", "description", "type", "requiredSkills", "niceToHaveSkills", "languages",
                "city", "remotePolicy", "startDate");
        context.bridge(Listing.class, new Bridge(vocabulary,
                MatchingFieldSchema.storedOnly(context.indexSchemaElement(), ListingIndexFields.MATCH_PROFILE),
                MatchingFieldSchema.keywords(context.indexSchemaElement(), ListingIndexFields.SKILL_MENTIONED)));
    }

    private record Bridge(SkillVocabulary vocabulary, IndexFieldReference<String> matchProfile,
            IndexFieldReference<String> skillMentioned) implements TypeBridge<Listing> {

        @Override
        public void write(DocumentElement target, Listing listing, TypeBridgeWriteContext context) {
            target.addValue(matchProfile, MatchProfileCodec.encode(MatchProfiles.listing(listing, vocabulary)));
            String text = listing.getTitle() + "\n" + (listing.getDescription() == null ? "" : listing.getDescription());
            // the skills named, with what they imply
            vocabulary.withImplied(vocabulary.extractor().distinctSkills(text))
                    .forEach(id -> target.addValue(skillMentioned, id.value()));
        }
    }
}
