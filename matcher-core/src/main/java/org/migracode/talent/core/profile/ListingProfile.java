package org.migracode.talent.core.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * A job or internship listing as the matcher sees it. Missing values: title and description
 * become empty, type becomes JOB, lists become empty; city, remote policy and start date stay
 * {@code null} (unknown). A skill required twice keeps its highest minimum level; a nice-to-have
 * skill that is also required is dropped from the nice-to-haves.
 */
public record ListingProfile(
        String id,
        String title,
        String description,
        ListingType type,
        List<RequiredSkill> required,
        List<SkillId> niceToHave,
        List<LanguageRequirement> languages,
        String city,
        RemotePolicy remote,
        LocalDate startDate) {

    public ListingProfile {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("listing id must not be blank");
        }
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        type = type == null ? ListingType.JOB : type;
        Map<SkillId, RequiredSkill> req = new LinkedHashMap<>();
        for (RequiredSkill r : ProfileLists.copy(required, "required skills")) {
            req.merge(r.skill(), r, (a, b) -> a.minLevel() >= b.minLevel() ? a : b);
        }
        required = List.copyOf(req.values());
        LinkedHashSet<SkillId> nice = new LinkedHashSet<>(ProfileLists.copy(niceToHave, "nice-to-have skills"));
        nice.removeAll(req.keySet());
        niceToHave = List.copyOf(new ArrayList<>(nice));
        languages = ProfileLists.copy(languages, "languages");
    }
}
