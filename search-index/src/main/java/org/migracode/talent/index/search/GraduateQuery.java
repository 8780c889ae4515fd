package org.migracode.talent.index.search;

import org.migracode.talent.core.input.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.ListingType;

/**
 * What to search for. Every filter is optional ({@code null} or empty means "any").
 *
 * @param text                       free text, read as plain words (never as query syntax); skills in it
 *                                   are recognised through the taxonomy and required
 * @param skills                     skills held at a minimum level, all required
 * @param languages                  languages spoken at a minimum CEFR level, all required
 * @param availableBy                available to start on or before this date (no date given counts as available)
 * @param city                       city, compared without case or accents
 * @param remote                     {@code true}: open to remote work (not on-site only);
 *                                   {@code false}: open to on-site work (not remote only)
 * @param type                       wants a job or an internship
 * @param cohort                     member of this cohort
 * @param sort                       order of the results
 * @param page                       0-based page number
 * @param size                       page size, 1 to {@value #MAX_PAGE_SIZE}
 * @param viewerMayOnlySeeConsenting {@code true} for recruiters: only graduates who are visible to
 *                                   employers and active exist for them, in hits, facets and advice alike
 * @param viewerCompany              the recruiter's company, or {@code null}: graduates who blocked this
 *                                   company do not exist for the viewer, in hits, facets and advice alike
 */
public record GraduateQuery(
        String text,
        List<SkillFilter> skills,
        List<LanguageFilter> languages,
        LocalDate availableBy,
        String city,
        Boolean remote,
        ListingType type,
        UUID cohort,
        GraduateSort sort,
        int page,
        int size,
        boolean viewerMayOnlySeeConsenting,
        UUID viewerCompany) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 50;
    /** Deepest result reachable by paging (Elasticsearch's default {@code max_result_window}). */
    public static final int MAX_RESULT_WINDOW = 10_000;
    static final int MAX_FILTERS = 20;

    public GraduateQuery {
        text = text == null ? "" : text;
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
        city = city == null || city.isBlank() ? null : city.strip();
        sort = sort == null ? GraduateSort.RELEVANCE : sort;
        if (page < 0) {
            throw new InvalidInputException("page.negative", "page must be 0 or more, got {0}", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size.range", "size must be between 1 and {0}, got {1}", MAX_PAGE_SIZE, size);
        }
        if ((long) page * size + size > MAX_RESULT_WINDOW) {
            throw new InvalidInputException("page.window",
                    "page {0} of size {1} is beyond the first {2} results; narrow the search instead", page, size, MAX_RESULT_WINDOW);
        }
        if (skills.size() > MAX_FILTERS || languages.size() > MAX_FILTERS) {
            throw new InvalidInputException("filters.too-many", "at most {0} skill and {0} language filters", MAX_FILTERS);
        }
        if (city != null && city.length() > 100) {
            throw new InvalidInputException("city.too-long", "city must be at most {0} characters", 100);
        }
    }

    /** A query with no criteria: page 0 of everything the viewer may see. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same query on another page. */
    public GraduateQuery withPage(int newPage) {
        return new GraduateQuery(text, skills, languages, availableBy, city, remote, type, cohort, sort, newPage, size,
                viewerMayOnlySeeConsenting, viewerCompany);
    }

    /** Builds a {@link GraduateQuery}; the query's constructor validates. */
    public static final class Builder {
        private String text;
        private final List<SkillFilter> skills = new ArrayList<>();
        private final List<LanguageFilter> languages = new ArrayList<>();
        private LocalDate availableBy;
        private String city;
        private Boolean remote;
        private ListingType type;
        private UUID cohort;
        private GraduateSort sort = GraduateSort.RELEVANCE;
        private int page;
        private int size = DEFAULT_PAGE_SIZE;
        private boolean consentingOnly = true;
        private UUID viewerCompany;

        private Builder() {
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder skill(SkillFilter skill) {
            skills.add(skill);
            return this;
        }

        public Builder language(LanguageFilter language) {
            languages.add(language);
            return this;
        }

        public Builder availableBy(LocalDate date) {
            this.availableBy = date;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder remote(Boolean remote) {
            this.remote = remote;
            return this;
        }

        public Builder type(ListingType type) {
            this.type = type;
            return this;
        }

        public Builder cohort(UUID cohort) {
            this.cohort = cohort;
            return this;
        }

        public Builder sort(GraduateSort sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int page, int size) {
            this.page = page;
            this.size = size;
            return this;
        }

        /** {@code true} (the default, the safe choice) for recruiters; {@code false} for school staff. */
        public Builder viewerMayOnlySeeConsenting(boolean consentingOnly) {
            this.consentingOnly = consentingOnly;
            return this;
        }

        /** The recruiter's company: graduates who blocked it are left out. {@code null} for school staff. */
        public Builder viewerCompany(UUID companyId) {
            this.viewerCompany = companyId;
            return this;
        }

        public GraduateQuery build() {
            return new GraduateQuery(text, skills, languages, availableBy, city, remote, type, cohort, sort, page, size,
                    consentingOnly, viewerCompany);
        }
    }
}
