package org.migracode.talent.index.fairness;

/** Self-declared gender, for aggregate monitoring only. Stored by name. */
public enum Gender {
    WOMAN, MAN, NON_BINARY, OTHER, PREFER_NOT_TO_SAY
}
