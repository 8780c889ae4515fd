package org.migracode.talent.index.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.LanguageLevel;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.taxonomy.Skill;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.cohort.Cohort;
import org.migracode.talent.index.cohort.CohortRepository;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.graduates.GraduateIndexFields;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.index.search.GraduateFacets.AvailabilityCount;
import org.migracode.talent.index.search.GraduateFacets.AvailabilityWindow;
import org.migracode.talent.index.search.GraduateFacets.CohortCount;
import org.migracode.talent.index.search.GraduateFacets.TermCount;
import org.migracode.talent.index.search.SkillAdvice.SkillCount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link GraduateSearch} with the Hibernate Search DSL only (no native Lucene query), so it runs on
 * the Elasticsearch backend too.
 *
 * <p>Scoring: each skill named in the text is required, held (directly or implied, {@code skillAny})
 * scoring {@value #HELD_BOOST} and only named in the graduate's own words ({@code skillMentioned})
 * {@value #MENTIONED_BOOST}; a skill that is also an occupation ("frontend") is met by that
 * occupation too. Occupations named ("programadora", "developer") match the {@code occupation}
 * field, {@value #OCCUPATION_BOOST}. The text's words score on the plain and the stemmed English,
 * Spanish and Catalan text fields, exactly; a word that fewer than {@value #RARE_BELOW} visible
 * profiles contain (a typo, or a word someone else misspelt) also matches, forgiving typos, on the
 * plain fields with an edit distance that grows with the word ({@link SpellingCorrector#maxEdits},
 * at most 1 on the long highlighted fields) at a lower weight, so exact matches rank first. When
 * the text names no skill, at least one occupation or one other word must match. Filters do not score.
 *
 * <p>Typos of names: a word that occurs nowhere the viewer may see but is near a skill or an
 * occupation name ("reakt", "javscript", "programdor") is searched as that name as well (and
 * required like it), and the page carries a "did you mean" {@link SpellingSuggestion}. A word
 * near a skill that the stemmed EN/ES/CA text of a visible profile contains ("empreses", which
 * meets "l'empresa") is never read as that skill; one that meets that text only where the skill's
 * name does too ("jave", "expresas") is suggested and boosted, but the skill is not required. The
 * corrected name is added to the scored words, so the highlighter marks "JavaScript" in the text.
 *
 * <p>Cost: one query for the page with its facets, one count of matches without an availability
 * date (they join every availability bucket), one count per free word of 4 letters or more (at
 * most {@value #MAX_FUZZY_WORDS}, plus pairs near a two-word name), one or two more per word near a
 * skill name that occurs nowhere as typed (analysed text elsewhere than the name, anywhere), and, only when nothing matches, one count per searched skill plus one
 * aggregation per skill nobody holds.
 */
@Service
class IndexGraduateSearch implements GraduateSearch {

    static final float HELD_BOOST = 4f;
    static final float MENTIONED_BOOST = 2f;
    static final float NAME_BOOST = 0.5f;
    static final float OCCUPATION_BOOST = 3f;
    static final float FUZZY_BOOST = 0.5f;
    static final int FACET_TERMS = 15;
    static final int ALTERNATIVES = 3;
    static final int SNIPPET_CHARS = 160;

    static final String SUMMARY = "summary";
    static final String PROJECT_DESCRIPTION = GraduateIndexFields.PROJECTS + ".description";

    private static final String[] TEXT_FIELDS;

    static {
        // language-neutral fields (exact words, accents folded) plus the stemmed per-language text of the whole profile
        List<String> fields = new ArrayList<>(List.of("headline", SUMMARY, GraduateIndexFields.PROJECTS + ".title", PROJECT_DESCRIPTION,
                GraduateIndexFields.ALL_TEXT_EN, GraduateIndexFields.ALL_TEXT_ES, GraduateIndexFields.ALL_TEXT_CA));
        TEXT_FIELDS = fields.toArray(String[]::new);
    }

    /** Unstemmed fields where typos are forgiven (fuzzy terms on stemmed text would reach too far). */
    private static final String[] FUZZY_FIELDS = {"headline", SUMMARY, GraduateIndexFields.PROJECTS + ".title", PROJECT_DESCRIPTION};
    private static final String[] SHORT_FIELDS = {"headline", GraduateIndexFields.PROJECTS + ".title"};
    private static final String[] LONG_FIELDS = {SUMMARY, PROJECT_DESCRIPTION};
    /** A free word found in fewer profiles than this is searched with typos forgiven, too. */
    static final int RARE_BELOW = 3;
    /** At most this many free words are counted and searched with typos forgiven (a pasted text has many). */
    static final int MAX_FUZZY_WORDS = 8;

    private static final AggregationKey<Map<String, Long>> SKILLS = AggregationKey.of("skills");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("languages");
    private static final AggregationKey<Map<UUID, Long>> COHORTS = AggregationKey.of("cohorts");
    private static final AggregationKey<Map<Range<LocalDate>, Long>> AVAILABILITY = AggregationKey.of("availability");

    private final EntityManager entityManager;
    private final CohortRepository cohorts;
    private final SkillVocabulary vocabulary;
    private final OccupationVocabulary occupations;
    private final SpellingCorrector corrector;
    private final Clock clock;

    IndexGraduateSearch(EntityManager entityManager, CohortRepository cohorts, SkillVocabulary vocabulary, ObjectProvider<Clock> clock) {
        this.entityManager = entityManager;
        this.cohorts = cohorts;
        this.vocabulary = vocabulary;
        this.occupations = OccupationVocabulary.bundled();
        this.corrector = new SpellingCorrector(vocabulary.taxonomy(), occupations);
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Override
    @Transactional(readOnly = true)
    public GraduatePage search(GraduateQuery query) {
        LocalDate today = LocalDate.now(clock);
        QueryText text = QueryText.parse(query.text(), vocabulary, occupations);
        SearchSession session = Search.session(entityManager);
        SearchScope<GraduateProfile> scope = session.scope(GraduateProfile.class);
        Map<String, Long> occurrences = new HashMap<>();
        Set<Correction> boostOnly = new HashSet<>();
        List<Correction> corrections = corrections(session, scope, query, text, occurrences, boostOnly);
        Set<String> rare = new LinkedHashSet<>();
        List<String> free = text.freeWords();
        for (int i = 0; i < Math.min(free.size(), MAX_FUZZY_WORDS); i++) {
            String word = free.get(i);
            if (SpellingCorrector.maxEdits(word.length()) > 0 && occurrences(session, scope, query, word, occurrences) < RARE_BELOW) {
                rare.add(word);
            }
        }
        SearchPredicate predicate = predicate(scope.predicate(), query, text, corrections, boostOnly, rare, occupations);

        Map<AvailabilityWindow, LocalDate> windows = new LinkedHashMap<>();
        for (AvailabilityWindow w : AvailabilityWindow.values()) {
            windows.put(w, today.plusDays(w.days()));
        }
        SearchResult<GraduateHit> result = session.search(scope)
                .select(f -> f.composite()
                        .from(f.entity(), f.highlight(SUMMARY), f.highlight(PROJECT_DESCRIPTION))
                        .as((graduate, summary, projects) -> hit(graduate, summary, projects)))
                .where(predicate)
                .sort(f -> query.sort() == GraduateSort.AVAILABILITY
                        ? f.composite(c -> c.add(f.field(GraduateIndexFields.AVAILABLE_FROM).asc().missing().first())
                                .add(f.score()).add(f.field(GraduateIndexFields.ID_SORT)))
                        : f.composite(c -> c.add(f.score()).add(f.field(GraduateIndexFields.ID_SORT))))
                .highlighter(h -> h.plain().tag(HighlightMarkup.PRE, HighlightMarkup.POST)
                        .fragmentSize(SNIPPET_CHARS).numberOfFragments(2))
                .aggregation(SKILLS, f -> f.terms().field(GraduateIndexFields.SKILL, String.class).maxTermCount(FACET_TERMS))
                .aggregation(LANGUAGES, f -> f.terms().field(GraduateIndexFields.LANGUAGE, String.class).maxTermCount(FACET_TERMS))
                .aggregation(COHORTS, f -> f.terms().field(GraduateIndexFields.COHORT, UUID.class).maxTermCount(FACET_TERMS))
                .aggregation(AVAILABILITY, f -> f.range().field(GraduateIndexFields.AVAILABLE_FROM, LocalDate.class)
                        // "up to and including d" as the canonical [.., d + 1 day): the Elasticsearch backend
                        // accepts only canonical ranges in aggregations, Lucene any
                        .ranges(windows.values().stream().map(d -> Range.<LocalDate>lessThan(d.plusDays(1))).toList()))
                .fetch(query.page() * query.size(), query.size());

        long total = result.total().hitCount();
        GraduateFacets facets = GraduateFacets.empty();
        if (total > 0) {
            long undated = session.search(scope).where(f -> f.bool().filter(predicate)
                    .mustNot(f.exists().field(GraduateIndexFields.AVAILABLE_FROM))).fetchTotalHitCount();
            facets = facets(result, windows, undated);
        }
        List<SkillAdvice> advice = total == 0 ? advice(session, scope, query, text, corrections) : List.of();
        SpellingSuggestion suggestion = corrections.isEmpty() ? null
                : new SpellingSuggestion(SpellingCorrector.apply(text.text(), corrections), corrections);
        return new GraduatePage(result.hits(), total, query.page(), query.size(), facets, advice, suggestion);
    }

    // --- typos ----------------------------------------------------------------------------------

    /**
     * The free words that are typos of a skill or occupation name: near such a name, and found
     * nowhere the viewer may see (so "code", which is near "node", stays "code" as long as some
     * profile says "code"). A word read as a skill becomes a required skill, so it must also be
     * absent from the analysed text the free words are searched in (stemmed, elided and folded
     * English, Spanish and Catalan): "empreses" is near Express but is the Catalan plural of
     * "l'empresa" in a project, and so stays an ordinary word. A word that meets analysed text
     * only where the skill's name does too ("jave" stems like "java") is {@link Reading#AMBIGUOUS}:
     * suggested and boosted, but not required (collected in {@code boostOnly}). Occupations are only added as
     * alternatives, so they keep the stricter unstemmed check ("programdor" is corrected even
     * where a stemmer would cut it and "programadora" to the same stem).
     */
    private List<Correction> corrections(SearchSession session, SearchScope<GraduateProfile> scope, GraduateQuery query,
                                         QueryText text, Map<String, Long> occurrences, Set<Correction> boostOnly) {
        Map<String, Long> analysed = new HashMap<>();
        List<Correction> corrections = new ArrayList<>();
        List<String> free = text.freeWords();
        for (int i = 0; i < free.size(); i++) {
            String word = free.get(i);
            if (i + 1 < free.size()) {
                String next = free.get(i + 1);
                Optional<Correction> pair = corrector.correctPair(word, next);
                Reading first = pair.isEmpty() ? Reading.WORD : reading(session, scope, query, word, pair.get(), occurrences, analysed);
                Reading second = pair.isEmpty() || first == Reading.TYPO ? first
                        : reading(session, scope, query, next, pair.get(), occurrences, analysed);
                if (first == Reading.TYPO || second == Reading.TYPO) {
                    corrections.add(pair.get());
                    i++;
                    continue;
                }
                if (first == Reading.AMBIGUOUS || second == Reading.AMBIGUOUS) {
                    corrections.add(pair.get());
                    boostOnly.add(pair.get());
                    i++;
                    continue;
                }
            }
            Optional<Correction> near = corrector.correct(word);
            Reading reading = near.isEmpty() ? Reading.WORD : reading(session, scope, query, word, near.get(), occurrences, analysed);
            if (reading != Reading.WORD) {
                corrections.add(near.get());
            }
            if (reading == Reading.AMBIGUOUS) {
                boostOnly.add(near.get());
            }
        }
        return corrections;
    }

    /** How a free word near a name is read. */
    private enum Reading {
        /** A word of someone's profile: searched as typed, not corrected. */
        WORD,
        /** A typo: searched as the name (a skill required like a named one), with a suggestion. */
        TYPO,
        /**
         * The analysers cannot tell: the word occurs nowhere as typed, but stems like the skill's name
         * and meets text only where the name does too ("jave" like "java", Spanish "expresas" like
         * "expresa" and "Express"). Suggested, the skill's holders ranked higher, but not required.
         */
        AMBIGUOUS
    }

    /**
     * How {@code word} may be read as {@code correction}: an occupation (only ever an alternative)
     * when the word occurs nowhere the viewer may see as typed; a skill (required) only when it
     * does not occur in the analysed text either ({@link #analysedElsewhere}).
     */
    private static Reading reading(SearchSession session, SearchScope<GraduateProfile> scope, GraduateQuery query, String word,
                                   Correction correction, Map<String, Long> occurrences, Map<String, Long> analysed) {
        if (occurrences(session, scope, query, word, occurrences) > 0) {
            return Reading.WORD;
        }
        if (correction.skill() == null) {
            return Reading.TYPO;
        }
        if (analysedElsewhere(session, scope, query, word, correction.replacement(), analysed) > 0) {
            return Reading.WORD;
        }
        return analysedAnywhere(session, scope, query, word, analysed) > 0 ? Reading.AMBIGUOUS : Reading.TYPO;
    }

    /** How many graduates the viewer may see match {@code word} on the analysed text fields or the name. */
    private static long analysedAnywhere(SearchSession session, SearchScope<GraduateProfile> scope, GraduateQuery query,
                                         String word, Map<String, Long> counted) {
        return counted.computeIfAbsent(word, k -> session.search(scope).where(f -> {
            BooleanPredicateClausesStep<?, ?> b = f.bool();
            visibility(f, b, query);
            b.must(f.or(f.match().fields(TEXT_FIELDS).matching(word), f.match().field(GraduateIndexFields.NAME).matching(word)));
            return b;
        }).fetchTotalHitCount());
    }

    /**
     * How many graduates the viewer may see have {@code word} in their name or on a field a free
     * word is searched in ({@link #TEXT_FIELDS}: plain and stemmed, elided, folded EN/ES/CA text)
     * where {@code name} does not also match those fields. Zero means the analysers read the word
     * as nothing but the name ("jave" stems like "Java"), or it is nowhere; more means it is an
     * ordinary word of someone's profile ("empreses" meets "l'empresa", not Express). Counted
     * once per search, word and name, with the same DSL on both backends, so Lucene and OpenSearch agree.
     */
    private static long analysedElsewhere(SearchSession session, SearchScope<GraduateProfile> scope, GraduateQuery query,
                                          String word, String name, Map<String, Long> counted) {
        return counted.computeIfAbsent(word + "\n" + name, k -> session.search(scope).where(f -> {
            BooleanPredicateClausesStep<?, ?> b = f.bool();
            visibility(f, b, query);
            b.must(f.or(f.match().fields(TEXT_FIELDS).matching(word), f.match().field(GraduateIndexFields.NAME).matching(word)));
            b.mustNot(f.match().fields(TEXT_FIELDS).matching(name));
            return b;
        }).fetchTotalHitCount());
    }

    /**
     * How many graduates the viewer may see have {@code word}, as it is, in their unstemmed text or
     * name (the stemmed fields would let "programdor" pass for "programadora"); counted once per
     * search and word.
     */
    private static long occurrences(SearchSession session, SearchScope<GraduateProfile> scope, GraduateQuery query, String word,
                                    Map<String, Long> counted) {
        return counted.computeIfAbsent(word, w -> session.search(scope).where(f -> {
            BooleanPredicateClausesStep<?, ?> b = f.bool();
            visibility(f, b, query);
            b.must(f.or(f.match().fields(FUZZY_FIELDS).matching(w), f.match().field(GraduateIndexFields.NAME).matching(w)));
            return b;
        }).fetchTotalHitCount());
    }

    // --- the query ------------------------------------------------------------------------------

    private static SearchPredicate predicate(SearchPredicateFactory f, GraduateQuery query, QueryText text,
                                             List<Correction> corrections, Set<Correction> boostOnly, Set<String> rare,
                                             OccupationVocabulary occupations) {
        BooleanPredicateClausesStep<?, ?> root = f.bool();
        visibility(f, root, query);
        for (SkillFilter s : query.skills()) {
            root.filter(f.match().field(GraduateIndexFields.SKILL_LEVEL)
                    .matching(GraduateIndexFields.levelToken(s.skill().value(), s.minLevel())));
        }
        for (LanguageFilter l : query.languages()) {
            root.filter(f.match().field(GraduateIndexFields.LANGUAGE_LEVEL)
                    .matching(GraduateIndexFields.levelToken(l.code(), l.minLevel().name())));
        }
        if (query.availableBy() != null) {
            root.filter(f.or(f.range().field(GraduateIndexFields.AVAILABLE_FROM).atMost(query.availableBy()),
                    f.not(f.exists().field(GraduateIndexFields.AVAILABLE_FROM))));
        }
        if (query.city() != null) {
            root.filter(f.match().field(GraduateIndexFields.CITY).matching(query.city()));
        }
        if (query.remote() != null) {
            RemotePreference excluded = query.remote() ? RemotePreference.ONSITE : RemotePreference.REMOTE;
            root.filter(f.not(f.match().field(GraduateIndexFields.REMOTE).matching(excluded)));
        }
        if (query.type() != null) {
            root.filter(f.match().field(GraduateIndexFields.WANTED_TYPE).matching(query.type()));
        }
        if (query.cohort() != null) {
            root.filter(f.match().field(GraduateIndexFields.COHORT).matching(query.cohort()));
        }
        // required: every skill named (or typed nearly right); else one of the occupations and free words
        Set<SkillId> required = new LinkedHashSet<>(text.skills());
        Set<String> occupationIds = new LinkedHashSet<>(text.occupations());
        Set<String> correctedWords = new LinkedHashSet<>();
        for (Correction c : corrections) {
            if (boostOnly.contains(c)) {
                // the word stays a free word (it matches someone's text); the skill only lifts its holders
                root.should(skillMatch(f, c.skill(), occupations));
                continue;
            }
            correctedWords.addAll(List.of(c.word().split(" ")));
            if (c.skill() != null && !required.contains(c.skill())) {
                required.add(c.skill());
                root.must(skillMatch(f, c.skill(), occupations));
            } else if (c.occupation() != null) {
                occupationIds.add(c.occupation());
            }
        }
        for (SkillId skill : text.skills()) {
            root.must(skillMatch(f, skill, occupations));
        }
        List<PredicateFinalStep> alternatives = new ArrayList<>();
        for (String occupation : occupationIds) {
            boolean metBySkill = occupations.get(occupation).map(o -> o.skill() != null && required.contains(o.skill())).orElse(false);
            if (!metBySkill) {
                alternatives.add(occupationMatch(f, occupation, occupations));
            }
        }
        for (String word : text.freeWords()) {
            if (!correctedWords.contains(word)) {
                alternatives.add(wordMatch(f, word, rare.contains(word)));
                alternatives.add(f.match().field(GraduateIndexFields.NAME).matching(word).boost(NAME_BOOST));
            }
        }
        if (required.isEmpty() && !alternatives.isEmpty()) {
            root.must(anyOf(f, alternatives));
        } else {
            alternatives.forEach(root::should);
        }
        // scoring (and highlighting): every word as typed, plus the names typos were read as
        List<String> scored = new ArrayList<>(text.words());
        corrections.forEach(c -> scored.add(c.replacement()));
        if (!scored.isEmpty()) {
            String joined = String.join(" ", scored);
            root.should(f.or(
                    f.match().fields(TEXT_FIELDS).matching(joined),
                    f.match().field(GraduateIndexFields.NAME).matching(joined).boost(NAME_BOOST)));
        }
        if (text.isEmpty()) {
            root.must(f.matchAll());
        }
        return root.toPredicate();
    }

    /** Holds {@code skill} (or something implying it), names it in their own words, or works as its occupation. */
    private static PredicateFinalStep skillMatch(SearchPredicateFactory f, SkillId skill, OccupationVocabulary occupations) {
        List<PredicateFinalStep> any = new ArrayList<>(List.of(
                f.match().field(GraduateIndexFields.SKILL_ANY).matching(skill.value()).constantScore().boost(HELD_BOOST),
                f.match().field(GraduateIndexFields.SKILL_MENTIONED).matching(skill.value()).constantScore()
                        .boost(MENTIONED_BOOST)));
        occupations.all().stream().filter(o -> skill.equals(o.skill())).forEach(o -> any.add(
                f.match().field(GraduateIndexFields.OCCUPATION).matching(o.id()).constantScore().boost(OCCUPATION_BOOST)));
        return anyOf(f, any);
    }

    /** Works as {@code occupation} (or a kind of it), or has the skill that names the same work. */
    private static PredicateFinalStep occupationMatch(SearchPredicateFactory f, String occupation, OccupationVocabulary occupations) {
        List<PredicateFinalStep> any = new ArrayList<>(List.of(
                f.match().field(GraduateIndexFields.OCCUPATION).matching(occupation).constantScore().boost(OCCUPATION_BOOST)));
        occupations.get(occupation).map(o -> o.skill()).ifPresent(skill -> {
            any.add(f.match().field(GraduateIndexFields.SKILL_ANY).matching(skill.value()).constantScore().boost(OCCUPATION_BOOST));
            any.add(f.match().field(GraduateIndexFields.SKILL_MENTIONED).matching(skill.value()).constantScore()
                    .boost(MENTIONED_BOOST));
        });
        return anyOf(f, any);
    }

    private static PredicateFinalStep anyOf(SearchPredicateFactory f, List<PredicateFinalStep> any) {
        return any.size() == 1 ? any.get(0) : f.or(any.get(0), any.subList(1, any.size()).toArray(PredicateFinalStep[]::new));
    }

    /**
     * One free word: exactly on every text field, and, when {@code fuzzy}, within its edit distance
     * on the unstemmed ones — at most one edit on the long, highlighted ones (summary, project
     * descriptions), because the highlighter expands a fuzzy term again for every hit and two edits
     * made that 10 to 20 times slower (docs/search.md).
     */
    private static PredicateFinalStep wordMatch(SearchPredicateFactory f, String word, boolean fuzzy) {
        int edits = SpellingCorrector.maxEdits(word.length());
        if (edits == 0 || !fuzzy) {
            return f.match().fields(TEXT_FIELDS).matching(word);
        }
        return f.or(f.match().fields(TEXT_FIELDS).matching(word),
                f.match().fields(SHORT_FIELDS).matching(word).fuzzy(edits, 0).boost(FUZZY_BOOST),
                f.match().fields(LONG_FIELDS).matching(word).fuzzy(Math.min(edits, 1), 0).boost(FUZZY_BOOST));
    }

    /** A recruiter's search sees only whom {@link GraduateAccess} shows to their company; staff see everyone. */
    private static void visibility(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root, GraduateQuery query) {
        if (query.viewerMayOnlySeeConsenting() || query.viewerCompany() != null) {
            root.filter(GraduateAccess.shownTo(f, query.viewerCompany()));
        }
    }

    // --- hits and facets ------------------------------------------------------------------------

    private GraduateHit hit(GraduateProfile g, List<String> summary, List<String> projects) {
        List<Snippet> snippets = new ArrayList<>();
        summary.forEach(s -> snippets.add(new Snippet(Snippet.Source.SUMMARY, HighlightMarkup.toHtml(s))));
        projects.forEach(s -> snippets.add(new Snippet(Snippet.Source.PROJECT, HighlightMarkup.toHtml(s))));
        List<CandidateSkill> skills = g.getSkills().stream()
                .sorted(Comparator.comparingInt((org.migracode.talent.index.graduates.GraduateSkill s) -> -s.getLevel())
                        .thenComparing(org.migracode.talent.index.graduates.GraduateSkill::getSkillId))
                .map(s -> new CandidateSkill(SkillId.of(s.getSkillId()), s.getLevel(), s.getSource()))
                .toList();
        List<LanguageLevel> languages = g.getLanguages().stream()
                .map(l -> new LanguageLevel(l.getCode(), l.getLevel())).toList();
        String cohortName = g.getCohortId() == null ? null
                : cohorts.findById(g.getCohortId()).map(Cohort::getName).orElse(null);
        return new GraduateHit(g.getId(), g.getDisplayName(), g.getHeadline(), g.getCity(), g.getRemotePreference(),
                g.getEarliestStart(), g.getCohortId(), cohortName, skills, languages, snippets);
    }

    private GraduateFacets facets(SearchResult<GraduateHit> result, Map<AvailabilityWindow, LocalDate> windows, long undated) {
        List<TermCount> skills = terms(result.aggregation(SKILLS));
        List<TermCount> languages = terms(result.aggregation(LANGUAGES));
        Map<UUID, Long> cohortCounts = result.aggregation(COHORTS);
        Map<UUID, String> names = new HashMap<>();
        cohorts.findAllById(cohortCounts.keySet()).forEach(c -> names.put(c.getId(), c.getName()));
        List<CohortCount> cohortFacet = cohortCounts.entrySet().stream()
                .filter(e -> e.getValue() > 0 && names.containsKey(e.getKey()))
                .map(e -> new CohortCount(e.getKey(), names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(CohortCount::count).reversed().thenComparing(CohortCount::name))
                .toList();
        Map<Range<LocalDate>, Long> ranges = result.aggregation(AVAILABILITY);
        List<AvailabilityCount> availability = new ArrayList<>();
        windows.forEach((window, by) -> {
            long dated = ranges.entrySet().stream()
                    .filter(e -> by.plusDays(1).equals(e.getKey().upperBoundValue().orElse(null)))
                    .mapToLong(Map.Entry::getValue).findFirst().orElse(0);
            availability.add(new AvailabilityCount(window, by, dated + undated));
        });
        return new GraduateFacets(skills, languages, cohortFacet, availability);
    }

    private static List<TermCount> terms(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new TermCount(e.getKey(), e.getValue())).toList();
    }

    // --- zero results -----------------------------------------------------------------------------

    private List<SkillAdvice> advice(SearchSession session, SearchScope<GraduateProfile> scope, GraduateQuery query,
                                     QueryText text, List<Correction> corrections) {
        Map<SkillId, Integer> searched = new LinkedHashMap<>();
        text.skills().forEach(s -> searched.put(s, 0));
        corrections.stream().filter(c -> c.skill() != null).forEach(c -> searched.putIfAbsent(c.skill(), 0));
        query.skills().forEach(s -> searched.merge(s.skill(), s.minLevel(), Math::max));
        List<SkillAdvice> advice = new ArrayList<>();
        searched.forEach((skill, level) -> {
            long holders = session.search(scope).where(f -> {
                BooleanPredicateClausesStep<?, ?> b = f.bool();
                visibility(f, b, query);
                if (level == 0) {
                    b.must(f.or(f.match().field(GraduateIndexFields.SKILL_ANY).matching(skill.value()),
                            f.match().field(GraduateIndexFields.SKILL_MENTIONED).matching(skill.value())));
                } else {
                    b.must(f.match().field(GraduateIndexFields.SKILL_LEVEL)
                            .matching(GraduateIndexFields.levelToken(skill.value(), level)));
                }
                return b;
            }).fetchTotalHitCount();
            advice.add(new SkillAdvice(skill, holders, holders == 0 ? alternatives(session, scope, query, skill) : List.of()));
        });
        return advice;
    }

    /**
     * Skills near {@code skill} that people hold: directly implied or implying first, then
     * through other skills, then the same category; within one nearness the most held first.
     */
    private List<SkillCount> alternatives(SearchSession session, SearchScope<GraduateProfile> scope, GraduateQuery query,
                                          SkillId skill) {
        Map<SkillId, Integer> nearness = new LinkedHashMap<>();
        var taxonomy = vocabulary.taxonomy();
        Skill known = taxonomy.get(skill).orElse(null);
        if (known != null) {
            known.implies().forEach(s -> nearness.put(s, 0));
        }
        for (Skill other : taxonomy.all()) {
            if (other.implies().contains(skill)) {
                nearness.putIfAbsent(other.id(), 0);
            }
        }
        taxonomy.impliedBy(skill).forEach(s -> nearness.putIfAbsent(s, 1));
        for (Skill other : taxonomy.all()) {
            if (taxonomy.impliedBy(other.id()).contains(skill)) {
                nearness.putIfAbsent(other.id(), 1);
            }
            if (known != null && other.category() == known.category()) {
                nearness.putIfAbsent(other.id(), 2);
            }
        }
        nearness.remove(skill);
        if (nearness.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        nearness.keySet().forEach(s -> ids.add(s.value()));
        AggregationKey<Map<String, Long>> held = AggregationKey.of("held");
        SearchResult<?> result = session.search(scope)
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> b = f.bool();
                    visibility(f, b, query);
                    b.must(f.terms().field(GraduateIndexFields.SKILL).matchingAny(ids));
                    return b;
                })
                .aggregation(held, f -> f.terms().field(GraduateIndexFields.SKILL, String.class).maxTermCount(ids.size() + 200))
                .fetch(0);
        return result.aggregation(held).entrySet().stream()
                .filter(e -> ids.contains(e.getKey()) && e.getValue() > 0)
                .map(e -> new SkillCount(SkillId.of(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt((SkillCount c) -> nearness.get(c.skill()))
                        .thenComparing(Comparator.comparingLong(SkillCount::count).reversed())
                        .thenComparing(SkillCount::skill))
                .limit(ALTERNATIVES)
                .toList();
    }
}
