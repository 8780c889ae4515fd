package org.migracode.talent.index.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.LanguageLevel;
import org.migracode.talent.core.profile.RemotePreference;

/**
 * A graduate in a result list: employer-facing fields only (never contact details).
 *
 * @param cohortName {@code null} when the graduate has no cohort
 * @param snippets   highlighted passages of the summary and portfolio descriptions, safe HTML
 */
public record GraduateHit(UUID id, String displayName, String headline, String city, RemotePreference remote,
                          LocalDate availableFrom, UUID cohortId, String cohortName, List<CandidateSkill> skills,
                          List<LanguageLevel> languages, List<Snippet> snippets) {

    public GraduateHit {
        Objects.requireNonNull(id, "id");
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        snippets = List.copyOf(snippets);
    }
}
