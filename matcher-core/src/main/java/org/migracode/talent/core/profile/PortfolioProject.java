package org.migracode.talent.core.profile;

import java.util.Set;
import org.migracode.talent.core.taxonomy.SkillId;

/** A portfolio project: free text plus the technologies it used. Missing parts are empty. */
public record PortfolioProject(String title, String description, Set<SkillId> technologies) {

    public PortfolioProject {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        technologies = technologies == null ? Set.of() : Set.copyOf(technologies);
    }

    /** Title and description as one text. */
    public String text() {
        return title + "\n" + description;
    }
}
