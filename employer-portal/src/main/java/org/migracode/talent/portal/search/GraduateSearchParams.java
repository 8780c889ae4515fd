package org.migracode.talent.portal.search;

import static org.migracode.talent.portal.system.InputRules.blank;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.core.input.InvalidInputException;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.index.search.GraduateQuery;
import org.migracode.talent.index.search.GraduateSort;
import org.migracode.talent.index.search.LanguageFilter;
import org.migracode.talent.index.search.SkillFilter;

/**
 * The search's request parameters exactly as sent (all text, so that a bad value gets our own
 * clear message instead of a binding error). {@link #toQuery} validates and throws
 * {@link IllegalArgumentException}, answered 400.
 *
 * @param skill         {@code name} or {@code name:level}, repeatable ("React:3", "JS")
 * @param language      {@code code} or {@code code:CEFR}, repeatable ("en:B2", "es")
 * @param languageLevel minimum CEFR level for languages given without one (the form's select)
 * @param remote        {@code true}: open to remote work; {@code false}: open to on-site work
 * @param type          {@code job} or {@code internship}
 * @param sort          {@code relevance} (default) or {@code availability}
 * @param page          0-based
 */
record GraduateSearchParams(String q, List<String> skill, List<String> language, String languageLevel,
                             String availableBy, String city, String remote, String type, String cohort, String sort,
                             String page, String size) {

    GraduateSearchParams {
        skill = skill == null ? List.of() : skill.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        language = language == null ? List.of()
                : language.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    /** True when any filter beyond the free text is set (the form then shows its filters open). */
    public boolean hasFilters() {
        return !skill.isEmpty() || !language.isEmpty() || present(languageLevel) || present(availableBy) || present(city)
                || present(remote) || present(type) || present(cohort) || (present(sort) && !"relevance".equals(sort));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The parameters of a stored query string ({@code q=react&skill=Docker}, as
     * {@link GraduateSearchService#describe} writes it), for re-running a saved search.
     */
    static GraduateSearchParams fromQuery(String query) {
        org.springframework.util.MultiValueMap<String, String> values = new org.springframework.util.LinkedMultiValueMap<>();
        for (String pair : (query == null ? "" : query).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            values.add(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return new GraduateSearchParams(values.getFirst("q"), values.get("skill"), values.get("language"),
                values.getFirst("languageLevel"), values.getFirst("availableBy"), values.getFirst("city"), values.getFirst("remote"),
                values.getFirst("type"), values.getFirst("cohort"), values.getFirst("sort"), null, null);
    }

    /** The same search on its first page with the default page size (what a saved search keeps). */
    GraduateSearchParams withoutPaging() {
        return new GraduateSearchParams(q, skill, language, languageLevel, availableBy, city, remote, type, cohort, sort, null, null);
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("query.invalid", "the saved query is not a valid query string: ''{0}''", text);
        }
    }

    static GraduateSearchParams empty() {
        return new GraduateSearchParams(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    GraduateQuery toQuery(boolean onlyConsenting) {
        SkillVocabulary vocabulary = SkillVocabulary.shared();
        GraduateQuery.Builder query = GraduateQuery.builder().viewerMayOnlySeeConsenting(onlyConsenting).text(q);
        skill.forEach(s -> query.skill(SkillFilter.parse(s, vocabulary)));
        Cefr defaultLevel = blank(languageLevel) ? null : Cefr.parse(languageLevel);
        language.forEach(l -> query.language(LanguageFilter.parse(l, defaultLevel)));
        if (!blank(availableBy)) {
            try {
                query.availableBy(LocalDate.parse(availableBy.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("availableBy.date", "availableBy must be a date as YYYY-MM-DD, got ''{0}''", availableBy);
            }
        }
        query.city(city);
        query.remote(bool(remote));
        if (!blank(type)) {
            try {
                query.type(ListingType.valueOf(type.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type.invalid", "type must be ''job'' or ''internship'', got ''{0}''", type);
            }
        }
        if (!blank(cohort)) {
            try {
                query.cohort(UUID.fromString(cohort.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("cohort.invalid", "cohort must be a cohort id (UUID), got ''{0}''", cohort);
            }
        }
        query.sort(GraduateSort.parse(sort));
        query.page(number("page", page, 0), number("size", size, GraduateQuery.DEFAULT_PAGE_SIZE));
        return query.build();
    }

    private static Boolean bool(String text) {
        if (blank(text)) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new InvalidInputException("remote.invalid", "remote must be ''true'' or ''false'', got ''{0}''", text);
        };
    }

    private static int number(String name, String text, int fallback) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("number.invalid", "{0} must be a whole number, got ''{1}''", name, text);
        }
    }
}
