package org.migracode.talent.core.profile;

/** What a listing offers: a job, or an internship (prácticas). */
public enum ListingType {
    JOB, INTERNSHIP
}
