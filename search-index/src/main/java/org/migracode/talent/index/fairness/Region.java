package org.migracode.talent.index.fairness;

/** Self-declared broad region of origin, for aggregate monitoring only (never a country). Stored by name. */
public enum Region {
    NORTH_AFRICA, SUB_SAHARAN_AFRICA, MIDDLE_EAST, SOUTH_ASIA, EAST_ASIA, LATIN_AMERICA, EUROPE, OTHER, PREFER_NOT_TO_SAY
}
