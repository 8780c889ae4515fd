package org.migracode.talent.index.proposals;

/**
 * The graduate's answer to a proposal. Contact details reach the recruiter only while it is
 * {@link #ACCEPTED}; declining withdraws the proposal. Stored by name.
 */
public enum GraduateResponse {
    PENDING, ACCEPTED, DECLINED
}
