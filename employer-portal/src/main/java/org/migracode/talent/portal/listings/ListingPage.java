package org.migracode.talent.portal.listings;

import java.util.List;

/** One page of listings, newest first. */
record ListingPage(List<ListingView> items, int page, int size, long totalItems, int totalPages) {
}
