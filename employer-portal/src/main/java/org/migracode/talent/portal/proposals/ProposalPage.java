package org.migracode.talent.portal.proposals;

import java.util.List;

/** One page of proposals, most recently moved first. */
record ProposalPage(List<ProposalView> items, int page, int size, long totalItems, int totalPages) {
}
