package org.migracode.talent.portal.school;

/** What recruiters see of the ranking of graduates for their own listings. Coaches and admins always see all of it. */
public enum RankingPolicy {
    /** Every ranked graduate the company may see (consent, not hidden, not blocked): the product's behaviour before settings. */
    DIRECT,
    /**
     * Only graduates a coach released to the recruiter for that listing: a proposal a coach made,
     * or a recruiter's interest a coach confirmed.
     */
    RELEASED
}
