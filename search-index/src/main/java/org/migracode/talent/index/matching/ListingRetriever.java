package org.migracode.talent.index.matching;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingIndexFields;
import org.migracode.talent.index.listings.ListingStatus;
import org.springframework.stereotype.Component;

/**
 * Stage 1 of the reverse direction, a graduate's best open listings: OPEN listings of a type the
 * graduate wants, ranked by how many of the listing's required skills the graduate holds
 * (directly or implied) or names, and by the skills the listing's text names. Same DSL-only
 * rule as {@link CandidateRetriever}.
 */
@Component
public class ListingRetriever {

    static final float REQUIRED_BOOST = 3f;
    static final float NICE_BOOST = 1f;
    static final float MENTIONED_BOOST = 0.5f;
    /** 6 text fields × 150 words stays under Lucene's 1,024 clauses. */
    static final int TEXT_TERMS = 150;

    private final EntityManager entityManager;

    public ListingRetriever(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** At most {@code limit} open listings for {@code candidate}, best first. */
    public List<Stage1Hit> retrieve(CandidateProfile candidate, SkillVocabulary vocabulary, int limit) {
        return retrieve(candidate, vocabulary, Set.of(), limit);
    }

    /** As {@link #retrieve(CandidateProfile, SkillVocabulary, int)}, leaving out listings of the companies the graduate blocked. */
    public List<Stage1Hit> retrieve(CandidateProfile candidate, SkillVocabulary vocabulary, Set<UUID> blockedCompanies, int limit) {
        Set<SkillId> skills = vocabulary.withImplied(candidate.skills().stream().map(s -> s.skill()).toList());
        Set<ListingType> types = candidate.wantedTypes().isEmpty() ? Set.of(ListingType.values()) : candidate.wantedTypes();
        return Search.session(entityManager).search(Listing.class)
                .select(f -> f.composite()
                        .from(f.id(UUID.class), f.score(), f.field(ListingIndexFields.MATCH_PROFILE, String.class))
                        .as((id, score, profile) -> new Stage1Hit(id.toString(), score, profile)))
                .where(f -> {
                    var root = f.bool()
                            .filter(f.match().field(ListingIndexFields.STATUS).matching(ListingStatus.OPEN))
                            .filter(f.terms().field(ListingIndexFields.TYPE).matchingAny(types));
                    root.filter(GraduateAccess.offeredListings(f, blockedCompanies));
                    if (skills.isEmpty()) {
                        return root.must(f.matchAll());
                    }
                    List<String> ids = skills.stream().map(SkillId::value).toList();
                    return root.should(f.terms().field(ListingIndexFields.REQUIRED_SKILL).matchingAny(ids).boost(REQUIRED_BOOST))
                            .should(f.terms().field(ListingIndexFields.NICE_SKILL).matchingAny(ids).boost(NICE_BOOST))
                            .should(f.terms().field(ListingIndexFields.SKILL_MENTIONED).matchingAny(ids).boost(MENTIONED_BOOST))
                            .should(f.not(f.exists().field(ListingIndexFields.REQUIRED_SKILL)).constantScore().boost(0.01f))
                            .minimumShouldMatchNumber(1);
                })
                .totalHitCountThreshold(limit)
                .fetchHits(limit);
    }

    /**
     * Text relevance of the graduate's headline and summary against each listing's title and
     * description, divided by the best among {@code ids}; in [0, 1].
     */
    public Map<String, Double> textRelevance(String graduateText, Collection<String> ids) {
        String text = TextTerms.of(graduateText, TEXT_TERMS);
        if (text.isEmpty()) {
            return Map.of();
        }
        return TextRelevance.of(entityManager, Listing.class, ids, f -> f.match()
                .fields("title_en", "title_es", "title_ca", "description_en", "description_es", "description_ca")
                .matching(text));
    }
}
