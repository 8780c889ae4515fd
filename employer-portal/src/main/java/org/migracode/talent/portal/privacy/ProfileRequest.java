package org.migracode.talent.portal.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.RemotePreference;

/**
 * A graduate's own profile as they edit it (the JSON of {@code PUT /api/v1/me/profile}, and what
 * the form becomes). Replaces every field it names; skills are resolved through the taxonomy.
 *
 * @param wantsJob        looking for a job; left out: unchanged
 * @param wantsInternship looking for an internship; left out: unchanged
 * @param skills skills with a level from 1 to 5 ("React", 4); a skill the school recorded keeps its
 *     source (curriculum, portfolio) when kept
 */
record ProfileRequest(
        @Size(max = 200) String headline,
        @Size(max = 5_000) String summary,
        @Size(max = 100) String city,
        @NotNull RemotePreference remotePreference,
        LocalDate availableFrom,
        Boolean wantsJob,
        Boolean wantsInternship,
        @NotNull @Size(max = 50) List<@Valid @NotNull SkillInput> skills,
        @NotNull @Size(max = 10) List<@Valid @NotNull LanguageInput> languages,
        @NotNull @Size(max = 20) List<@Valid @NotNull ProjectInput> projects) {

    ProfileRequest {
        skills = skills == null ? List.of() : skills;
        languages = languages == null ? List.of() : languages;
        projects = projects == null ? List.of() : projects;
    }

    record SkillInput(@NotBlank @Size(max = 100) String name, @Min(1) @Max(5) int level) {
    }

    record LanguageInput(@NotBlank @Pattern(regexp = "[A-Za-z]{2}") String code, @NotNull Cefr level) {
    }

    record ProjectInput(@NotBlank @Size(max = 200) String title, @Size(max = 5_000) String description,
                        @Size(max = 500) @Pattern(regexp = "https?://\\S+") String url,
                        @Size(max = 20) List<@NotBlank @Size(max = 50) String> technologies) {

        ProjectInput {
            technologies = technologies == null ? List.of() : technologies;
        }
    }
}
