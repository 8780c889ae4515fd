package org.migracode.talent.portal.search;

import org.migracode.talent.portal.system.LanguageNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.index.search.GraduateFacets;
import org.migracode.talent.index.search.GraduateHit;
import org.migracode.talent.index.search.GraduatePage;
import org.migracode.talent.index.search.SkillAdvice;
import org.migracode.talent.index.search.SpellingSuggestion;

/**
 * What {@code GET /api/v1/graduates} returns, and what the search page renders: one page of
 * graduates (employer-facing fields only), paging, facets, zero-result advice and, when some word
 * of the search was read as a skill or job title it is a typo of, a "did you mean" suggestion,
 * with skill labels in the viewer's language. {@code snippets[].html} is safe HTML (only {@code <mark>}).
 */
record GraduateSearchResponse(List<Item> items, long total, PageInfo page, Facets facets, List<Advice> advice,
                               Suggestion suggestion) {

    static GraduateSearchResponse of(GraduatePage result, Locale locale) {
        SkillTaxonomy taxonomy = SkillVocabulary.shared().taxonomy();
        List<Item> items = result.items().stream().map(h -> Item.of(h, taxonomy, locale)).toList();
        GraduateFacets f = result.facets();
        Facets facets = new Facets(
                narrowingFirst(f.skills().stream().map(t -> new Facet(t.value(), taxonomy.label(SkillId.of(t.value()), locale), t.count()))
                        .toList(), result.total()),
                narrowingFirst(f.languages().stream().map(t -> new Facet(t.value(), languageName(t.value(), locale), t.count())).toList(),
                        result.total()),
                f.cohorts().stream().map(c -> new Facet(c.id().toString(), c.name(), c.count())).toList(),
                f.availability().stream().map(a -> new AvailabilityFacet(a.window().name().toLowerCase(Locale.ROOT), a.by(),
                        a.count())).toList());
        List<Advice> advice = result.advice().stream().map(a -> Advice.of(a, taxonomy, locale)).toList();
        PageInfo page = new PageInfo(result.page(), result.size(), result.totalPages(), result.hasPrevious(), result.hasNext());
        Suggestion suggestion = result.spellingSuggestion().map(Suggestion::of).orElse(null);
        return new GraduateSearchResponse(items, result.total(), page, facets, advice, suggestion);
    }

    /**
     * Facet values that would narrow the result first; those every result has (a curriculum skill
     * at 257 of 257) last, since choosing them changes nothing. Order otherwise kept.
     */
    static List<Facet> narrowingFirst(List<Facet> facets, long total) {
        List<Facet> out = new java.util.ArrayList<>(facets.stream().filter(f -> f.count() < total).toList());
        out.addAll(facets.stream().filter(f -> f.count() >= total).toList());
        return List.copyOf(out);
    }

    static String languageName(String code, Locale locale) {
        return LanguageNames.of(code, locale);
    }

    /** One graduate in the list. */
    record Item(UUID id, String displayName, String headline, String city, RemotePreference remote, LocalDate availableFrom,
                Cohort cohort, List<SkillView> skills, List<LanguageView> languages, List<SnippetView> snippets) {

        static Item of(GraduateHit h, SkillTaxonomy taxonomy, Locale locale) {
            return new Item(h.id(), h.displayName(), h.headline(), h.city(), h.remote(), h.availableFrom(),
                    h.cohortId() == null ? null : new Cohort(h.cohortId(), h.cohortName()),
                    h.skills().stream().map(s -> new SkillView(s.skill().value(), taxonomy.label(s.skill(), locale),
                            s.level(), s.source())).toList(),
                    h.languages().stream().map(l -> new LanguageView(l.isoCode(), languageName(l.isoCode(), locale),
                            l.level().name())).toList(),
                    h.snippets().stream().map(s -> new SnippetView(s.source().name().toLowerCase(Locale.ROOT), s.html())).toList());
        }
    }

    record Cohort(UUID id, String name) {
    }

    record SkillView(String id, String label, int level, SkillSource evidence) {
    }

    record LanguageView(String code, String name, String level) {
    }

    record SnippetView(String source, String html) {
    }

    record PageInfo(int number, int size, int totalPages, boolean hasPrevious, boolean hasNext) {
    }

    record Facets(List<Facet> skills, List<Facet> languages, List<Facet> cohorts, List<AvailabilityFacet> availability) {
    }

    /** A facet value (what a filter parameter takes), its label and its count. */
    record Facet(String value, String label, long count) {
    }

    record AvailabilityFacet(String window, LocalDate availableBy, long count) {
    }

    /**
     * "Did you mean: JavaScript?" {@code q} is the corrected search text (the results shown already
     * include the corrected names); each correction says which word was read as which name.
     */
    record Suggestion(String q, List<CorrectionView> corrections) {

        static Suggestion of(SpellingSuggestion s) {
            return new Suggestion(s.text(), s.corrections().stream().map(c -> new CorrectionView(c.word(), c.replacement(),
                    c.skill() == null ? null : c.skill().value(), c.occupation())).toList());
        }
    }

    /** One word read as a name: {@code skill} or {@code occupation} says which kind. */
    record CorrectionView(String word, String replacement, String skill, String occupation) {
    }

    /** "No one knows Kotlin yet; 12 know Java." */
    record Advice(String skill, String label, long holders, List<Facet> alternatives) {

        static Advice of(SkillAdvice a, SkillTaxonomy taxonomy, Locale locale) {
            return new Advice(a.skill().value(), taxonomy.label(a.skill(), locale), a.holders(),
                    a.alternatives().stream().map(c -> new Facet(c.skill().value(), taxonomy.label(c.skill(), locale),
                            c.count())).toList());
        }
    }
}
