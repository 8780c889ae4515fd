package org.migracode.talent.index.duplicates;

/** Why two graduate records may be one person. */
public enum DuplicateReason {
    /** The same e-mail address, as {@link ContactKeys#email(String)} reads it. */
    EMAIL,
    /** The same phone number, with or without a country prefix. */
    PHONE,
    /** Names equal after {@link NameFolding}, in the same or a nearby cohort. */
    NAME
}
