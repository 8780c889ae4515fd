package org.migracode.talent.portal.listings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;

/**
 * A listing as a recruiter writes it (create and full update alike). Skills are names as typed
 * ("ReactJS", "postgres", "Kotlin Multiplatform"); the service resolves them through the taxonomy.
 * When neither list names a skill, the skills suggested from the title and description are stored.
 *
 * @param companyId   the company: coaches and admins must give it; a recruiter may leave it out (own company)
 * @param type        JOB (default) or INTERNSHIP
 * @param remotePolicy ONSITE (default), HYBRID or REMOTE
 * @param version     the version the edit is based on: required for updates, ignored on create
 */
record ListingRequest(
        UUID companyId,
        @NotBlank(message = "title must not be blank")
        @Size(max = 200, message = "title must be at most 200 characters") String title,
        @Size(max = 20_000, message = "description must be at most 20000 characters") String description,
        ListingType type,
        @Size(max = 50, message = "at most 50 required skills") List<@NotNull(message = "a required skill must not be null") @Valid SkillInput> requiredSkills,
        @Size(max = 50, message = "at most 50 nice-to-have skills") List<@NotBlank(message = "a nice-to-have skill must not be blank")
                @Size(max = 100, message = "a skill name must be at most 100 characters") String> niceToHaveSkills,
        @Size(max = 10, message = "at most 10 languages") List<@NotNull(message = "a language must not be null") @Valid LanguageInput> languages,
        @Size(max = 100, message = "city must be at most 100 characters") String city,
        RemotePolicy remotePolicy,
        LocalDate startDate,
        Long version) {

    ListingRequest {
        requiredSkills = requiredSkills == null ? List.of() : requiredSkills;
        niceToHaveSkills = niceToHaveSkills == null ? List.of() : niceToHaveSkills;
        languages = languages == null ? List.of() : languages;
        type = type == null ? ListingType.JOB : type;
        remotePolicy = remotePolicy == null ? RemotePolicy.ONSITE : remotePolicy;
    }

    /**
     * A required skill as typed.
     *
     * @param minLevel 1 (beginner) … 5 (expert); the matcher's default (3) when left out
     */
    record SkillInput(
            @NotBlank(message = "a required skill's name must not be blank")
            @Size(max = 100, message = "a skill name must be at most 100 characters") String name,
            @Min(value = 1, message = "minLevel must be between 1 and 5")
            @Max(value = 5, message = "minLevel must be between 1 and 5") Integer minLevel) {
    }

    /**
     * A spoken language the listing needs.
     *
     * @param code  ISO 639-1 ("es", "en", "ca")
     * @param level the minimum CEFR level, A1 … C2
     */
    record LanguageInput(
            @NotBlank(message = "a language code must not be blank")
            @Pattern(regexp = "[A-Za-z]{2}", message = "a language code must be two letters (ISO 639-1)") String code,
            @NotNull(message = "a language needs a CEFR level (A1, A2, B1, B2, C1, C2)") Cefr level) {
    }
}
