package org.migracode.talent.index.proposals;

/**
 * Who started a proposal: a coach proposing a graduate, or a recruiter marking interest (which a
 * coach then confirms before the graduate hears of it). Stored by name.
 */
public enum ProposalOrigin {
    COACH, RECRUITER
}
