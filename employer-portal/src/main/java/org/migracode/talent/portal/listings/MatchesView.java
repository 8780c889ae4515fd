package org.migracode.talent.portal.listings;

import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.portal.listings.ListingView.SkillView;

/**
 * Ranked matches with their explanations, for one listing (graduates) or one graduate (listings).
 *
 * @param considered   how many candidates the matcher re-scored
 * @param modelVersion scorer and taxonomy versions that produced the scores
 * @param skillsToLearn for a graduate's own listings: the required skills that, learnt, would
 *     complete the most open listings the graduate nearly matches (missing one or two required
 *     skills); empty for a listing's matches
 */
record MatchesView(List<MatchView> matches, int considered, String modelVersion, List<SkillToLearn> skillsToLearn) {

    /**
     * A missing required skill and how many nearly matching open listings ask for it.
     *
     * @param module the school's module, workshop or project that teaches it (admin's mapping); null when none is mapped
     */
    record SkillToLearn(String skill, String label, int listings, String module) {
    }

    /**
     * One ranked match. The score is the sum of the components' contributions.
     *
     * @param summary              a readable sentence in the request's language
     * @param availabilityGapDays  days the graduate is available after the start date; 0 when on time or unknown
     */
    record MatchView(
            int rank,
            UUID graduateId,
            String graduateName,
            UUID listingId,
            String listingTitle,
            String companyName,
            double score,
            String summary,
            List<ComponentView> components,
            List<MatchedSkillView> matchedSkills,
            List<SkillView> missingRequired,
            List<LanguageGapView> languageGaps,
            int availabilityGapDays,
            String modelVersion) {
    }

    /**
     * One part of the score: {@code contribution = maxContribution × value}.
     *
     * @param maxContribution the most points this component can add (its share of the weights × 100)
     */
    record ComponentView(String name, double weight, double value, double contribution, double maxContribution) {
    }

    /**
     * A required skill with some credit.
     *
     * @param kind DIRECT, IMPLIED, PORTFOLIO, CURRICULUM or MENTIONED
     * @param via  the graduate's skill that gave the credit (differs from {@code skill} when IMPLIED)
     */
    record MatchedSkillView(String skill, String label, String via, String viaLabel, String kind, int level, double credit) {
    }

    /** A required language the graduate does not meet; {@code actual} is null when not stated. */
    record LanguageGapView(String code, Cefr required, Cefr actual) {
    }
}
