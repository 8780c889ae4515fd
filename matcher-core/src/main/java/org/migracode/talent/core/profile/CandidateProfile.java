package org.migracode.talent.core.profile;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A graduate as the matcher sees it: skills, portfolio, languages, place, remote preference,
 * availability and the kinds of listing wanted. Missing lists become empty; city, remote
 * preference and availability stay {@code null} (unknown).
 *
 * <p>On purpose there is no field for nationality, origin, migration or residence status,
 * ethnicity, religion, health, disability, gender, age, family or photo: they cannot drive a
 * score because the scorer never sees them (a test checks the record's components).
 */
public record CandidateProfile(
        String id,
        List<CandidateSkill> skills,
        List<PortfolioProject> projects,
        List<LanguageLevel> languages,
        String city,
        RemotePreference remote,
        LocalDate availableFrom,
        Set<ListingType> wantedTypes) {

    public CandidateProfile {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("candidate id must not be blank");
        }
        skills = ProfileLists.copy(skills, "skills");
        projects = ProfileLists.copy(projects, "projects");
        languages = ProfileLists.copy(languages, "languages");
        wantedTypes = wantedTypes == null || wantedTypes.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(wantedTypes));
    }
}
