package org.migracode.talent.index.listings;

/** A listing's life: drafted by a recruiter, open to matching and proposals, then closed. */
public enum ListingStatus {
    DRAFT, OPEN, CLOSED
}
