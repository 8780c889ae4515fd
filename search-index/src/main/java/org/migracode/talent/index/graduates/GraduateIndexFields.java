package org.migracode.talent.index.graduates;

/** Names of the graduate index's fields, for the mapping and the queries alike. */
public final class GraduateIndexFields {

    /**
     * The Spring bean name of the binder (in {@code index.matching}) that writes the fields the
     * matcher derives; the entity names it by this name so that it does not import the matcher.
     */
    public static final String MATCHING_FIELDS_BINDER = "graduateMatchingFieldsBinder";
    public static final String INDEX = "graduate";
    public static final String NAME = "name";
    /**
     * The graduate id as a sort key: the last tie-break of recruiter search, so that equal scores
     * come back in one order and not in the index's internal document order, which every edit and
     * every rebuild changes.
     */
    public static final String ID_SORT = "id_sort";
    public static final String COHORT = "cohort";
    public static final String CITY = "city";
    public static final String REMOTE = "remote";
    /** The earliest start: the later of the graduate's wish and what the school's work limits allow. */
    public static final String AVAILABLE_FROM = "availableFrom";
    /** Hours a week the graduate may work; absent: no limit known. */
    public static final String HOURS_PER_WEEK = "hoursPerWeek";
    public static final String VISIBLE = "visibleToEmployers";
    public static final String ACTIVE = "active";
    /** Canonical skill ids held directly (declared, portfolio or curriculum). Aggregable for facets. */
    public static final String SKILL = "skill";
    /** {@code skill@level} tokens: see {@link GraduateProfile#getSkillLevelTokens()}. */
    public static final String SKILL_LEVEL = "skillLevel";
    public static final String LANGUAGE = "language";
    /** {@code code@CEFR} tokens: see {@link GraduateProfile#getLanguageLevelTokens()}. */
    public static final String LANGUAGE_LEVEL = "languageLevel";
    public static final String WANTED_TYPE = "wantedType";
    /** Held skills plus everything they imply: the field stage 1 retrieves on. */
    public static final String SKILL_ANY = "skillAny";
    /**
     * Occupation ids ({@code developer}, {@code frontend}, ...) named in the headline or summary in
     * any of English, Spanish and Catalan, plus the occupations they imply, written with
     * the other matcher-derived fields by the binder named {@link #MATCHING_FIELDS_BINDER}.
     */
    public static final String OCCUPATION = "occupation";
    /** Skills named in the graduate's own text (CV, summary, projects), plus what they imply. */
    public static final String SKILL_MENTIONED = "skillMentioned";
    /** Headline, summary, projects and held skill names in one field, per language analyzer. */
    public static final String ALL_TEXT_EN = "text_en";
    public static final String ALL_TEXT_ES = "text_es";
    public static final String ALL_TEXT_CA = "text_ca";
    /** Headline, summary, projects and held skill names, for the full-text matching channel (no stemming). */
    public static final String ALL_TEXT_PLAIN = "text_plain";
    /** The skills channel: one skill id per mention in the graduate's text, plus each skill held. */
    public static final String SKILL_BAG = "skillBag";
    /**
     * The graduate's id as two sortable numbers ({@link SortKeys}): stage 1 breaks equal scores
     * by them, which orders equal scores by id as text.
     */
    public static final String SORT_ID_HIGH = "sortIdHigh";
    public static final String SORT_ID_LOW = "sortIdLow";
    /**
     * The sentence embedding of the graduate's own words, int8-quantized and stored (not searchable,
     * no kNN graph): the embedding channel reads it with each stage-1 hit.
     */
    public static final String WORDING_VECTOR = "wordingVector";
    /** The stored matcher view of the graduate (not searchable). */
    public static final String MATCH_PROFILE = "matchProfile";
    /** Whether the headline is non-blank (stored, not searchable): the title channel's "has input". */
    public static final String HAS_HEADLINE = "hasHeadline";
    public static final String PROJECTS = "projects";
    /** Ids of the companies the graduate blocked: their recruiters' queries exclude the graduate. */
    public static final String BLOCKED_COMPANY = "blockedCompany";

    private GraduateIndexFields() {
    }

    /** The token that says "{@code key} at {@code level} or more". */
    public static String levelToken(String key, Object level) {
        return key + "@" + level;
    }
}
