package org.migracode.talent.core.report;

/** Why a graduate is not seeking a job; shown only to school staff, only aggregated elsewhere. */
public enum NotSeekingReason {
    FURTHER_STUDY, PERSONAL, HEALTH
}
