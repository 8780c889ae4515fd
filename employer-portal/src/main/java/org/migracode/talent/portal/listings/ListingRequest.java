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
import org.migracode.talent.portal.system.InputRules;

/**
 * A listing as a recruiter writes it (create and update alike). Skills are names as typed
 * ("ReactJS", "postgres", "Kotlin Multiplatform"); the service resolves them through the taxonomy.
 * When neither list names a skill, the skills suggested from the title and description are stored.
 * On an update, {@code type}, {@code remotePolicy}, {@code requiredSkills}, {@code niceToHaveSkills}
 * and {@code languages} left out (null) keep their stored value (issue #13: a partial PUT must not
 * turn an internship into a job or drop the skills); an empty list clears it.
 *
 * @param companyId   the company: coaches and admins must give it; a recruiter may leave it out (own company)
 * @param type        JOB (default on create) or INTERNSHIP; left out on update: unchanged
 * @param remotePolicy ONSITE (default on create), HYBRID or REMOTE; left out on update: unchanged
 * @param version     the version the edit is based on: required for updates, ignored on create
 */
record ListingRequest(
        UUID companyId,
        @NotBlank(message = "{problem.detail.listing.title.blank}")
        @Size(max = 200, message = "{problem.detail.listing.title.too-long}") String title,
        @Size(max = 20_000, message = "{problem.detail.listing.description.too-long}") String description,
        ListingType type,
        @Size(max = 50, message = "{problem.detail.listing.required-skills.too-many}") List<@NotNull(message = "{problem.detail.listing.required-skill.null}") @Valid SkillInput> requiredSkills,
        @Size(max = 50, message = "{problem.detail.listing.nice-skills.too-many}") List<@NotBlank(message = "{problem.detail.listing.nice-skill.blank}")
                @Size(max = 100, message = "{problem.detail.listing.skill-name.too-long}") String> niceToHaveSkills,
        @Size(max = 10, message = "{problem.detail.listing.languages.too-many}") List<@NotNull(message = "{problem.detail.listing.language.null}") @Valid LanguageInput> languages,
        @Size(max = 100, message = "{problem.detail.listing.city.too-long}") String city,
        RemotePolicy remotePolicy,
        LocalDate startDate,
        Long version) {

    /** The type to create with: JOB when left out. */
    ListingType typeOrDefault() {
        return type == null ? ListingType.JOB : type;
    }

    /**
     * A required skill as typed.
     *
     * @param minLevel 1 (beginner) … 5 (expert); the matcher's default (3) when left out
     */
    record SkillInput(
            @NotBlank(message = "{problem.detail.listing.required-skill.blank}")
            @Size(max = InputRules.SKILL_NAME_MAX, message = "{problem.detail.listing.skill-name.too-long}") String name,
            @Min(value = InputRules.LEVEL_MIN, message = "{problem.detail.listing.min-level.range}")
            @Max(value = InputRules.LEVEL_MAX, message = "{problem.detail.listing.min-level.range}") Integer minLevel) {
    }

    /**
     * A spoken language the listing needs.
     *
     * @param code  ISO 639-1 ("es", "en", "ca")
     * @param level the minimum CEFR level, A1 … C2
     */
    record LanguageInput(
            @NotBlank(message = "{problem.detail.listing.language-code.blank}")
            @Pattern(regexp = InputRules.LANGUAGE_CODE, message = "{problem.detail.listing.language-code.pattern}") String code,
            @NotNull(message = "{problem.detail.listing.language.level-missing}") Cefr level) {
    }
}
