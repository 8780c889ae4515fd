/**
 * Match proposals: a graduate put forward for a listing, and the stages it moves through. The
 * portal owns who may move a proposal (roles and tenancy); this package owns the stages, the
 * allowed transitions ({@link org.migracode.talent.index.proposals.ProposalRules}, pure and
 * unit-tested), the stored history, the graduate's in-app notifications and the proposals' share
 * of a graduate's personal data.
 */
package org.migracode.talent.index.proposals;
