package org.migracode.talent.portal.listings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.index.listings.ListingStatus;

/** A listing as the API and the pages show it; skill labels are in the request's language. */
record ListingView(
        UUID id,
        UUID companyId,
        String companyName,
        ListingType type,
        String title,
        String description,
        ListingStatus status,
        List<RequiredSkillView> requiredSkills,
        List<SkillView> niceToHaveSkills,
        List<LanguageView> languages,
        String city,
        RemotePolicy remotePolicy,
        LocalDate startDate,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** A skill: canonical id and display label. */
    record SkillView(String id, String label) {
    }

    /** A required skill with its minimum level (1–5). */
    record RequiredSkillView(String id, String label, int minLevel) {
    }

    /** A spoken language (ISO 639-1) with its minimum CEFR level. */
    record LanguageView(String code, Cefr minLevel) {
    }
}
