package org.migracode.talent.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.migracode.talent.core.extraction.SkillExtractor;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillLabels;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

/**
 * Scores how well a graduate fits a listing (stage 2 of matching).
 *
 * <p>{@code score = 100 × Σ wᵢ·vᵢ / Σ wᵢ}, range [0, 100], where each component value vᵢ is in
 * [0, 1]:
 * <ul>
 *   <li>REQUIRED_SKILLS = {@code (mean credit)²} over the required skills; the credit of one
 *       requirement is described in {@link SkillEvidence}: {@code min(1, level/minLevel)} for a
 *       declared, portfolio or curriculum skill, {@code 0.6 × min(1, level/minLevel)} through an
 *       implying skill, 0 when missing. Squaring makes a gap costly: 2 of 3 gives 0.44, not 0.67.
 *       No required skill: 1.</li>
 *   <li>NICE_TO_HAVE = mean credit over nice-to-have skills at minimum level 1. None: 1.</li>
 *   <li>PORTFOLIO = mean over the required skills (else the nice-to-haves) of 1 when a project
 *       used or mentions the skill, 0.6 when it uses an implying skill, else 0. No skills named: 1.</li>
 *   <li>SKILLS_IN_TEXT, TEXT_RELEVANCE = the two text channels' values in [0, 1] ({@link ChannelScores}).</li>
 *   <li>LANGUAGES, LOCATION, AVAILABILITY: see {@code LanguageFitScorer}, {@code LocationScorer},
 *       {@code AvailabilityScorer}.</li>
 *   <li>TYPE = 1 when the graduate wants the listing's type or states no preference, else 0.</li>
 * </ul>
 * Every value is a maximum or a mean of maxima, so adding a skill, project or language level never
 * lowers the score, and the order of the graduate's lists does not matter.
 *
 * <p>A component with no input on either side (the listing names no skill or language; no city,
 * preference, start or availability date on either side; no type preference; a channel with
 * nothing to read) gets weight 0: it adds nothing and the others are divided by the sum of the
 * weights that remain, so missing data never flattens the ranking (docs/matching.md).
 *
 * <p>{@link #quickScore} and {@link #score} run the same arithmetic in the same order and return
 * exactly the same number; the first allocates no explanation. Cost: O(R·E + N·E + T) for R
 * required and N nice-to-have skills, E pieces of skill evidence and T characters of project
 * text (extracted once per candidate profile instance and kept, {@link EvidenceCache}). Thread-safe.
 */
public final class MatchScorer {

    /** Version of the scoring formula; change it whenever a formula or a constant changes. */
    public static final String SCORER_VERSION = "matcher-5";

    private final SkillTaxonomy taxonomy;
    private final SkillExtractor extractor;
    private final MatchWeights weights;
    private final EvidenceCache evidenceCache = new EvidenceCache();

    public MatchScorer(SkillTaxonomy taxonomy, MatchWeights weights) {
        this(taxonomy, new SkillExtractor(taxonomy), weights);
    }

    public MatchScorer(SkillTaxonomy taxonomy, SkillExtractor extractor, MatchWeights weights) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** A scorer on the bundled taxonomy with the default weights. */
    public static MatchScorer withDefaults() {
        return new MatchScorer(SkillTaxonomy.bundled(), MatchWeights.defaults());
    }

    public MatchWeights weights() {
        return weights;
    }

    /** e.g. {@code matcher-1/taxonomy-2026.11.1}. */
    public String modelVersion() {
        return SCORER_VERSION + "/taxonomy-" + taxonomy.version();
    }

    /** The score alone, for re-ranking many candidates; equal to {@code score(...).score()}. */
    public double quickScore(ListingProfile listing, CandidateProfile candidate, double textRelevance, LocalDate today) {
        return quickScore(listing, candidate, textOnly(textRelevance), today);
    }

    /** The score alone, with both text channels; equal to {@code score(...).score()}. */
    public double quickScore(ListingProfile listing, CandidateProfile candidate, ChannelScores channels, LocalDate today) {
        return evaluate(listing, candidate, channels, today, null);
    }

    /** The score with its explanation, given only a text relevance (no skills channel). */
    public MatchExplanation score(ListingProfile listing, CandidateProfile candidate, double textRelevance, LocalDate today) {
        return score(listing, candidate, textOnly(textRelevance), today);
    }

    private static ChannelScores textOnly(double textRelevance) {
        if (!(textRelevance >= 0 && textRelevance <= 1)) {
            throw new IllegalArgumentException("text relevance must be in [0, 1], got " + textRelevance);
        }
        return ChannelScores.textOnly(textRelevance);
    }

    /** The score with its explanation. */
    public MatchExplanation score(ListingProfile listing, CandidateProfile candidate, ChannelScores channels, LocalDate today) {
        Details d = new Details();
        double score = evaluate(listing, candidate, channels, today, d);
        Map<SkillId, SkillLabels> labels = new LinkedHashMap<>();
        for (RequiredSkill r : listing.required()) {
            putLabel(labels, r.skill());
        }
        for (SkillMatch m : d.matched) {
            putLabel(labels, m.via());
        }
        return new MatchExplanation(listing.id(), candidate.id(), score, d.components, d.matched, d.missing,
                d.languages, d.availability, modelVersion(), labels);
    }

    private void putLabel(Map<SkillId, SkillLabels> labels, SkillId id) {
        taxonomy.get(id).ifPresent(s -> labels.put(id, s.labels()));
    }

    private double evaluate(ListingProfile listing, CandidateProfile candidate, ChannelScores channels, LocalDate today,
                            Details d) {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(today, "today");
        SkillEvidence evidence = evidenceCache.of(candidate, c -> new SkillEvidence(c, taxonomy, extractor));
        int n = ComponentName.values().length;
        double[] v = new double[n];
        boolean[] active = new boolean[n];
        v[ComponentName.REQUIRED_SKILLS.ordinal()] = required(listing, evidence, d);
        active[ComponentName.REQUIRED_SKILLS.ordinal()] = !listing.required().isEmpty();
        v[ComponentName.NICE_TO_HAVE.ordinal()] = niceToHave(listing, evidence);
        active[ComponentName.NICE_TO_HAVE.ordinal()] = !listing.niceToHave().isEmpty();
        v[ComponentName.PORTFOLIO.ordinal()] = portfolio(listing, evidence);
        active[ComponentName.PORTFOLIO.ordinal()] = !listing.required().isEmpty() || !listing.niceToHave().isEmpty();
        v[ComponentName.SKILLS_IN_TEXT.ordinal()] = channels.hasSkills() ? channels.skills() : 0;
        active[ComponentName.SKILLS_IN_TEXT.ordinal()] = channels.hasSkills();
        v[ComponentName.TEXT_RELEVANCE.ordinal()] = channels.hasText() ? channels.text() : 0;
        active[ComponentName.TEXT_RELEVANCE.ordinal()] = channels.hasText();
        v[ComponentName.TITLE_HEADLINE.ordinal()] = channels.hasTitle() ? channels.title() : 0;
        active[ComponentName.TITLE_HEADLINE.ordinal()] = channels.hasTitle();
        v[ComponentName.SIMILAR_WORDING.ordinal()] = channels.hasWording() ? channels.wording() : 0;
        active[ComponentName.SIMILAR_WORDING.ordinal()] = channels.hasWording();
        v[ComponentName.LANGUAGES.ordinal()] = LanguageFitScorer.value(listing.languages(), candidate.languages(),
                d == null ? null : d.languages);
        active[ComponentName.LANGUAGES.ordinal()] = !listing.languages().isEmpty();
        v[ComponentName.LOCATION.ordinal()] = LocationScorer.value(listing.remote(), listing.city(),
                candidate.remote(), candidate.city());
        active[ComponentName.LOCATION.ordinal()] = hasText(listing.city()) || hasText(candidate.city())
                || (candidate.remote() != null && candidate.remote() != RemotePreference.ANY);
        AvailabilityFit availability = AvailabilityScorer.fit(listing.startDate(), candidate.availableFrom(), today);
        v[ComponentName.AVAILABILITY.ordinal()] = AvailabilityScorer.value(availability);
        active[ComponentName.AVAILABILITY.ordinal()] = listing.startDate() != null || candidate.availableFrom() != null;
        v[ComponentName.TYPE.ordinal()] =
                candidate.wantedTypes().isEmpty() || candidate.wantedTypes().contains(listing.type()) ? 1.0 : 0.0;
        active[ComponentName.TYPE.ordinal()] = !candidate.wantedTypes().isEmpty()
                && candidate.wantedTypes().size() < ListingType.values().length;
        double activeWeight = 0;
        for (ComponentName name : ComponentName.values()) {
            if (active[name.ordinal()]) {
                activeWeight += weights.weight(name);
            }
        }
        double score = 0;
        for (ComponentName name : ComponentName.values()) {
            double w = active[name.ordinal()] && activeWeight > 0 ? weights.weight(name) : 0;
            double contribution = w == 0 ? 0 : 100.0 * w * v[name.ordinal()] / activeWeight;
            score += contribution;
            if (d != null) {
                d.components.add(new ScoreComponent(name, w, v[name.ordinal()], contribution));
            }
        }
        if (d != null) {
            d.availability = availability;
        }
        return Math.min(100.0, score);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static double required(ListingProfile listing, SkillEvidence evidence, Details d) {
        List<RequiredSkill> required = listing.required();
        if (required.isEmpty()) {
            return 1.0;
        }
        double sum = 0;
        for (RequiredSkill r : required) {
            SkillEvidence.Credit c = evidence.credit(r.skill(), r.minLevel());
            sum += c.credit();
            if (d != null) {
                if (c.credit() > 0) {
                    d.matched.add(new SkillMatch(r.skill(), c.via(), c.kind(), c.level(), c.credit()));
                } else {
                    d.missing.add(r.skill());
                }
            }
        }
        double coverage = sum / required.size();
        return coverage * coverage;
    }

    private static double niceToHave(ListingProfile listing, SkillEvidence evidence) {
        if (listing.niceToHave().isEmpty()) {
            return 1.0;
        }
        double sum = 0;
        for (SkillId s : listing.niceToHave()) {
            sum += evidence.credit(s, 1).credit();
        }
        return sum / listing.niceToHave().size();
    }

    private static double portfolio(ListingProfile listing, SkillEvidence evidence) {
        List<SkillId> targets = new ArrayList<>();
        for (RequiredSkill r : listing.required()) {
            targets.add(r.skill());
        }
        if (targets.isEmpty()) {
            targets.addAll(listing.niceToHave());
        }
        if (targets.isEmpty()) {
            return 1.0;
        }
        double sum = 0;
        for (SkillId s : targets) {
            sum += evidence.portfolioEvidence(s);
        }
        return sum / targets.size();
    }

    private static final class Details {
        final List<ScoreComponent> components = new ArrayList<>();
        final List<SkillMatch> matched = new ArrayList<>();
        final List<SkillId> missing = new ArrayList<>();
        final List<LanguageFit> languages = new ArrayList<>();
        AvailabilityFit availability;
    }
}
