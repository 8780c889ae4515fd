package org.migracode.talent.core.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillLabels;

/**
 * Why a graduate got a score for a listing: the data the UI, the API and a coach all read.
 *
 * @param listingId      the listing
 * @param candidateId    the graduate
 * @param score          the score in [0, 100]; equal (within 1e-9) to the sum of the contributions
 * @param components     one per {@link ComponentName}, in that order
 * @param matchedSkills  the required skills with some credit, in the listing's order
 * @param missingRequired the required skills without any credit, in the listing's order
 * @param languages      the fit of every required spoken language, in the listing's order
 * @param availability   availability against the start date
 * @param modelVersion   scorer and taxonomy version, e.g. {@code matcher-1/taxonomy-2026.11.1}
 * @param skillLabels    display labels of the skills named above, for {@link #summary(Locale)}
 */
public record MatchExplanation(
        String listingId,
        String candidateId,
        double score,
        List<ScoreComponent> components,
        List<SkillMatch> matchedSkills,
        List<SkillId> missingRequired,
        List<LanguageFit> languages,
        AvailabilityFit availability,
        String modelVersion,
        Map<SkillId, SkillLabels> skillLabels) {

    /** Largest allowed difference between the score and the sum of the contributions. */
    public static final double TOLERANCE = 1e-9;

    public MatchExplanation {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(modelVersion, "modelVersion");
        components = List.copyOf(components);
        matchedSkills = List.copyOf(matchedSkills);
        missingRequired = List.copyOf(missingRequired);
        languages = List.copyOf(languages);
        skillLabels = Map.copyOf(skillLabels);
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be in [0, 100], got " + score);
        }
        double sum = 0;
        for (ScoreComponent c : components) {
            sum += c.contribution();
        }
        if (Math.abs(sum - score) > TOLERANCE) {
            throw new IllegalArgumentException("component contributions must add up to the score " + score + ", got " + sum);
        }
    }

    /** The component with that name. */
    public ScoreComponent component(ComponentName name) {
        for (ScoreComponent c : components) {
            if (c.name() == name) {
                return c;
            }
        }
        throw new IllegalArgumentException("no component " + name);
    }

    /** The required languages not met, with the graduate's level ({@code null} when not stated). */
    public List<LanguageGap> languageGaps() {
        return languages.stream().filter(l -> !l.met()).map(l -> new LanguageGap(l.code(), l.required(), l.actual())).toList();
    }

    /** Days the graduate is available after the start date (or today); 0 when on time or unknown. */
    public int availabilityGapDays() {
        return availability.gapDays();
    }

    /**
     * A few plain sentences a coach can read aloud, in English, Spanish or Catalan (other locales:
     * English), e.g. "Matches 3 of 4 required skills (React, CSS directly; JavaScript implied by
     * React). Missing: TypeScript. English B2 meets B2. Available 12 days after the start date."
     */
    public String summary(Locale locale) {
        return new SummaryWriter(SummaryWriter.Phrases.forLocale(locale), locale, skillLabels).write(this);
    }
}
