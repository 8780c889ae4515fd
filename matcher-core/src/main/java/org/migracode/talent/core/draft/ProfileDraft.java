package org.migracode.talent.core.draft;

import java.util.List;
import java.util.Objects;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * What a document suggests for a profile. Every part is a suggestion the graduate confirms or
 * drops one by one.
 *
 * @param headline  a suggested headline (a line naming an occupation), or {@code null}
 * @param skills    each skill once, in order of first mention, with the sentence it was found in
 * @param languages each language once, with the level the text states
 * @param projects  each link once, with a title and the line it stood on
 */
public record ProfileDraft(String headline, List<FoundSkill> skills, List<FoundLanguage> languages,
                           List<FoundProject> projects) {

    public ProfileDraft {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        projects = List.copyOf(projects);
    }

    /** True when the document suggested nothing at all. */
    public boolean isEmpty() {
        return headline == null && skills.isEmpty() && languages.isEmpty() && projects.isEmpty();
    }

    /** A skill and the sentence (or line) of the document that names it. */
    public record FoundSkill(SkillId skill, String sentence) {
        public FoundSkill {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(sentence, "sentence");
        }
    }

    /** A spoken language (ISO 639-1) at the CEFR level the text states ("native" counts as C2). */
    public record FoundLanguage(String code, Cefr level) {
        public FoundLanguage {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * A project with its link.
     *
     * @param title        the words before the link on its line, else the line above, else the link's path
     * @param url          an absolute http(s) link
     * @param line         the line the link stood on
     * @param technologies skill ids that line names
     */
    public record FoundProject(String title, String url, String line, List<String> technologies) {
        public FoundProject {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
            technologies = List.copyOf(technologies);
        }
    }
}
