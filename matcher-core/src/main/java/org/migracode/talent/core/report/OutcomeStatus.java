package org.migracode.talent.core.report;

/** A graduate's outcome in the CIRR-style categories. Stored by name: never rename a value. */
public enum OutcomeStatus {
    EMPLOYED_IN_FIELD, EMPLOYED_OUT_OF_FIELD, STILL_SEEKING, NOT_SEEKING, COULD_NOT_CONTACT
}
