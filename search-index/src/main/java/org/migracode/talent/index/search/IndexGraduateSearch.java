package org.migracode.talent.index.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.LanguageLevel;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.taxonomy.Skill;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.cohort.Cohort;
import org.migracode.talent.index.cohort.CohortRepository;
import org.migracode.talent.index.graduate.GraduateIndexFields;
import org.migracode.talent.index.graduate.GraduateProfile;
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
 * {@value #MENTIONED_BOOST}; the text's words score on the plain and the stemmed English, Spanish
 * and Catalan text fields, and are required only when the text names no skill. Filters do not score.
 *
 * <p>Cost: one query for the page with its facets, one count of matches without an availability
 * date (they join every availability bucket), and, only when nothing matches, one count per
 * searched skill plus one aggregation per skill nobody holds.
 */
@Service
class IndexGraduateSearch implements GraduateSearch {

    static final float HELD_BOOST = 4f;
    static final float MENTIONED_BOOST = 2f;
    static final float NAME_BOOST = 0.5f;
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

    private static final AggregationKey<Map<String, Long>> SKILLS = AggregationKey.of("skills");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("languages");
    private static final AggregationKey<Map<UUID, Long>> COHORTS = AggregationKey.of("cohorts");
    private static final AggregationKey<Map<Range<LocalDate>, Long>> AVAILABILITY = AggregationKey.of("availability");

    private final EntityManager entityManager;
    private final CohortRepository cohorts;
    private final SkillVocabulary vocabulary;
    private final Clock clock;

    IndexGraduateSearch(EntityManager entityManager, CohortRepository cohorts, ObjectProvider<Clock> clock) {
        this.entityManager = entityManager;
        this.cohorts = cohorts;
        this.vocabulary = SkillVocabulary.shared();
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Override
    @Transactional(readOnly = true)
    public GraduatePage search(GraduateQuery query) {
        LocalDate today = LocalDate.now(clock);
        QueryText text = QueryText.parse(query.text(), vocabulary);
        SearchSession session = Search.session(entityManager);
        SearchScope<GraduateProfile> scope = session.scope(GraduateProfile.class);
        SearchPredicate predicate = predicate(scope.predicate(), query, text);

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
        List<SkillAdvice> advice = total == 0 ? advice(session, scope, query, text) : List.of();
        return new GraduatePage(result.hits(), total, query.page(), query.size(), facets, advice);
    }

    // --- the query ------------------------------------------------------------------------------

    private static SearchPredicate predicate(SearchPredicateFactory f, GraduateQuery query, QueryText text) {
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
        for (SkillId skill : text.skills()) {
            root.must(f.or(
                    f.match().field(GraduateIndexFields.SKILL_ANY).matching(skill.value()).constantScore().boost(HELD_BOOST),
                    f.match().field(GraduateIndexFields.SKILL_MENTIONED).matching(skill.value()).constantScore()
                            .boost(MENTIONED_BOOST)));
        }
        if (!text.words().isEmpty()) {
            PredicateFinalStep words = f.or(
                    f.match().fields(TEXT_FIELDS).matching(text.joinedWords()),
                    f.match().field(GraduateIndexFields.NAME).matching(text.joinedWords()).boost(NAME_BOOST));
            if (text.skills().isEmpty()) {
                root.must(words);
            } else {
                root.should(words);
            }
        }
        if (text.isEmpty()) {
            root.must(f.matchAll());
        }
        return root.toPredicate();
    }

    private static void visibility(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root, GraduateQuery query) {
        if (query.viewerMayOnlySeeConsenting()) {
            root.filter(f.match().field(GraduateIndexFields.VISIBLE).matching(true));
            root.filter(f.match().field(GraduateIndexFields.ACTIVE).matching(true));
        }
        if (query.viewerCompany() != null) {
            root.filter(f.not(f.match().field(GraduateIndexFields.BLOCKED_COMPANY).matching(query.viewerCompany())));
        }
    }

    // --- hits and facets ------------------------------------------------------------------------

    private GraduateHit hit(GraduateProfile g, List<String> summary, List<String> projects) {
        List<Snippet> snippets = new ArrayList<>();
        summary.forEach(s -> snippets.add(new Snippet(Snippet.Source.SUMMARY, HighlightMarkup.toHtml(s))));
        projects.forEach(s -> snippets.add(new Snippet(Snippet.Source.PROJECT, HighlightMarkup.toHtml(s))));
        List<CandidateSkill> skills = g.getSkills().stream()
                .sorted(Comparator.comparingInt((org.migracode.talent.index.graduate.GraduateSkill s) -> -s.getLevel())
                        .thenComparing(org.migracode.talent.index.graduate.GraduateSkill::getSkillId))
                .map(s -> new CandidateSkill(SkillId.of(s.getSkillId()), s.getLevel(), s.getSource()))
                .toList();
        List<LanguageLevel> languages = g.getLanguages().stream()
                .map(l -> new LanguageLevel(l.getCode(), l.getLevel())).toList();
        String cohortName = g.getCohortId() == null ? null
                : cohorts.findById(g.getCohortId()).map(Cohort::getName).orElse(null);
        return new GraduateHit(g.getId(), g.getDisplayName(), g.getHeadline(), g.getCity(), g.getRemotePreference(),
                g.getAvailableFrom(), g.getCohortId(), cohortName, skills, languages, snippets);
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
                                     QueryText text) {
        Map<SkillId, Integer> searched = new LinkedHashMap<>();
        text.skills().forEach(s -> searched.put(s, 0));
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
