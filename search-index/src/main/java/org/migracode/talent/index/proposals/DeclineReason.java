package org.migracode.talent.index.proposals;

/**
 * Why an employer declined, from a fixed list so that the funnel reports can count reasons.
 * Stored by name in {@code proposal.decline_reason}: never rename a value.
 */
public enum DeclineReason {
    SKILLS_GAP, EXPERIENCE, LANGUAGE, AVAILABILITY, LOCATION, POSITION_FILLED, OTHER
}
