package org.migracode.talent.portal.register;

/**
 * Why a student who did not intend to seek an in-field job within 180 days is excluded (CIRR's
 * first-day survey). Staff only. Work authorisation is deliberately not a reason here: it would
 * record a migration status, which this system never stores.
 */
public enum ExclusionReason {
    REMAIN_WITH_EMPLOYER, SELF_ENRICHMENT, CONTINUING_EDUCATION
}
