package org.migracode.talent.portal.privacy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.portal.system.InputRules;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A graduate's own profile as they edit it (the JSON of {@code PUT /api/v1/me/profile}, and what
 * the form becomes). Replaces every field it names and leaves every other field as stored: a JSON
 * body or a form post that leaves a field out never clears it. Naming a field with {@code null}
 * (JSON) or an empty value (form) clears it; a list named empty clears the list. Skills are
 * resolved through the taxonomy.
 *
 * @param remotePreference named: must be ANY, ONSITE, HYBRID or REMOTE (it cannot be cleared)
 * @param wantsJob        looking for a job; left out or null: unchanged
 * @param wantsInternship looking for an internship; left out or null: unchanged
 * @param email   the graduate's own e-mail address for the school (null or blank clears it); a new address or
 *     phone number is compared with every other record and a likely duplicate goes to the staff's review queue
 * @param phone   the graduate's phone number (null or blank clears it)
 * @param skills skills with a level from 1 to 5 ("React", 4); a skill the school recorded keeps its
 *     source (curriculum, portfolio) when kept
 * @param fields the names of the fields the request named (JSON properties, form fields); only these change
 */
@JsonDeserialize(using = ProfileRequest.Reader.class)
record ProfileRequest(
        @Size(max = 200) String headline,
        @Size(max = 5_000) String summary,
        @Size(max = 100) String city,
        RemotePreference remotePreference,
        LocalDate availableFrom,
        Boolean wantsJob,
        Boolean wantsInternship,
        @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @NotNull @Size(max = 50) List<@Valid @NotNull SkillInput> skills,
        @NotNull @Size(max = 10) List<@Valid @NotNull LanguageInput> languages,
        @NotNull @Size(max = 20) List<@Valid @NotNull ProjectInput> projects,
        @JsonIgnore @Schema(hidden = true) Set<String> fields) {

    /** Every field a request can name. */
    static final Set<String> ALL = Set.of("headline", "summary", "city", "remotePreference", "availableFrom", "wantsJob",
            "wantsInternship", "email", "phone", "skills", "languages", "projects");

    ProfileRequest {
        skills = skills == null ? List.of() : skills;
        languages = languages == null ? List.of() : languages;
        projects = projects == null ? List.of() : projects;
        fields = fields == null ? ALL : Set.copyOf(fields);
    }

    /** True when the request named {@code field}, so it replaces the stored value. */
    boolean names(String field) {
        return fields.contains(field);
    }

    /** The JSON body as sent, before we know which fields it named. */
    private record Json(String headline, String summary, String city, RemotePreference remotePreference, LocalDate availableFrom,
                        Boolean wantsJob, Boolean wantsInternship, String email, String phone, List<SkillInput> skills, List<LanguageInput> languages,
                        List<ProjectInput> projects) {
    }

    /** Reads the JSON body and remembers which properties it had, so that a left-out field stays unchanged. */
    static final class Reader extends ValueDeserializer<ProfileRequest> {
        @Override
        public ProfileRequest deserialize(JsonParser parser, DeserializationContext ctxt) {
            JsonNode tree = ctxt.readTree(parser);
            if (!tree.isObject()) {
                return ctxt.reportInputMismatch(ProfileRequest.class, "the profile must be a JSON object");
            }
            Json j = ctxt.readTreeAsValue(tree, Json.class);
            Set<String> named = new LinkedHashSet<>();
            for (String name : tree.propertyNames()) {
                if (ALL.contains(name)) {
                    named.add(name);
                }
            }
            return new ProfileRequest(j.headline(), j.summary(), j.city(), j.remotePreference(), j.availableFrom(), j.wantsJob(),
                    j.wantsInternship(), j.email(), j.phone(), j.skills(), j.languages(), j.projects(), named);
        }
    }

    record SkillInput(@NotBlank @Size(max = InputRules.SKILL_NAME_MAX) String name,
                      @Min(InputRules.LEVEL_MIN) @Max(InputRules.LEVEL_MAX) int level) {
    }

    record LanguageInput(@NotBlank @Pattern(regexp = InputRules.LANGUAGE_CODE) String code, @NotNull Cefr level) {
    }

    record ProjectInput(@NotBlank @Size(max = 200) String title, @Size(max = 5_000) String description,
                        @Size(max = 500) @Pattern(regexp = "https?://\\S+") String url,
                        @Size(max = 20) List<@NotBlank @Size(max = 50) String> technologies) {

        ProjectInput {
            technologies = technologies == null ? List.of() : technologies;
        }
    }
}
