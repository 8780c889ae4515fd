package org.migracode.talent.index.search;

import java.util.List;
import java.util.Objects;

/**
 * One page of search results.
 *
 * @param items  the graduates on this page, best first (or soonest available first)
 * @param total  how many graduates match in all
 * @param page   0-based page number
 * @param size   page size asked for
 * @param facets counts over all matches (not only this page)
 * @param advice when nothing matches and skills were searched: for each such skill, how many
 *               people hold it and, for a skill nobody holds, the nearest skills that people do hold
 * @param suggestion "did you mean": the search text with its misspelt words corrected, when some
 *                   word occurs nowhere the viewer may see but is near a skill or occupation name;
 *                   {@code null} otherwise
 */
public record GraduatePage(List<GraduateHit> items, long total, int page, int size, GraduateFacets facets,
                           List<SkillAdvice> advice, SpellingSuggestion suggestion) {

    public GraduatePage {
        items = List.copyOf(items);
        Objects.requireNonNull(facets, "facets");
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    /** A page without a spelling suggestion. */
    public GraduatePage(List<GraduateHit> items, long total, int page, int size, GraduateFacets facets,
                        List<SkillAdvice> advice) {
        this(items, total, page, size, facets, advice, null);
    }

    public java.util.Optional<SpellingSuggestion> spellingSuggestion() {
        return java.util.Optional.ofNullable(suggestion);
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < Math.min(total, GraduateQuery.MAX_RESULT_WINDOW);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
