package org.migracode.talent.index.duplicates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What duplicate detection reads of a graduate: identity and contact, and the cohort's start date
 * (null: no cohort) that says whether two records are in nearby cohorts.
 */
public record PersonRecord(UUID id, String displayName, String email, String phone, LocalDate cohortStart) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
    }
}
