package org.migracode.talent.index.proposals;

/**
 * Who moves a proposal, as far as the rules care: the employer (a recruiter of the listing's
 * company), the school (a coach or an admin, also on someone's behalf), the graduate, or the
 * listing itself being closed.
 */
public enum ProposalParty {
    EMPLOYER, SCHOOL, GRADUATE, LISTING
}
