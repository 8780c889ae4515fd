package org.migracode.talent.index.listings;

/** Names of the listing index's fields, for the mapping and the queries alike. */
public final class ListingIndexFields {

    /**
     * The Spring bean name of the binder (in {@code index.matching}) that writes the fields the
     * matcher derives; the entity names it by this name so that it does not import the matcher.
     */
    public static final String MATCHING_FIELDS_BINDER = "listingMatchingFieldsBinder";
    public static final String INDEX = "listing";
    public static final String COMPANY = "company";
    public static final String TYPE = "type";
    public static final String STATUS = "status";
    public static final String CITY = "city";
    public static final String REMOTE = "remote";
    public static final String START_DATE = "startDate";
    /** Canonical ids of the required skills. */
    public static final String REQUIRED_SKILL = "requiredSkill";
    /** Canonical ids of the nice-to-have skills. */
    public static final String NICE_SKILL = "niceSkill";
    public static final String LANGUAGE = "language";
    /** Skills the title and description name, plus what they imply. */
    public static final String SKILL_MENTIONED = "skillMentioned";
    /** The stored matcher view of the listing (not searchable). */
    public static final String MATCH_PROFILE = "matchProfile";

    private ListingIndexFields() {
    }
}
