package org.migracode.talent.core.report;

/** What an employer check-in found. Stored by name: never rename a value. */
public enum CheckInStatus {
    STILL_EMPLOYED, PROMOTED, LEFT
}
