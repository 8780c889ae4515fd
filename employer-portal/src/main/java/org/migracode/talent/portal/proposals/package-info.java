/**
 * Match proposals in the portal: a coach proposes a graduate for a listing from its ranked
 * matches, or a recruiter marks interest from search or a profile and a coach confirms it; the
 * recruiter answers from their inbox, the graduate accepts or declines from theirs, and the coach
 * board shows every open proposal by stage. This package decides who may see and move which
 * proposal (roles and company tenancy; what one may not see is "not found"), publishes
 * {@link org.migracode.talent.index.proposals.ProposalStageChanged} on every change, and renders
 * pages and the {@code /api/v1/proposals} resource. The stages and the rules of moving between
 * them live in {@code index.proposals}.
 */
package org.migracode.talent.portal.proposals;
