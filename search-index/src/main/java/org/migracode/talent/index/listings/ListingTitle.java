package org.migracode.talent.index.listings;

import java.util.UUID;

/**
 * A listing as a chooser shows it: id, company, title and status, read by one query without loading the
 * listing (its sentence embedding, skills and languages).
 */
public record ListingTitle(UUID id, UUID companyId, String title, ListingStatus status) {
}
