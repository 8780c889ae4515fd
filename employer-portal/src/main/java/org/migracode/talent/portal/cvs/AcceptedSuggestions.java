package org.migracode.talent.portal.cvs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.PortfolioProject;

/**
 * Publishes the suggestions a graduate accepted onto their profile, and nothing else: a headline
 * replaces the headline; a skill not yet held is added at level {@value CandidateSkill#DEFAULT_LEVEL}
 * with source CV (one already held keeps its level and source); a language is added or raised,
 * never lowered; a project is appended unless its link is already on the profile.
 */
final class AcceptedSuggestions {

    private AcceptedSuggestions() {
    }

    static void applyTo(GraduateProfile g, List<CvDraftViews.Row> rows, Set<Integer> accepted) {
        Set<String> urls = new HashSet<>();
        g.getProjects().forEach(p -> urls.add(p.getUrl()));
        for (CvDraftViews.Row r : rows) {
            if (!accepted.contains(r.position())) {
                continue;
            }
            switch (r.kind()) {
                case "HEADLINE" -> g.setHeadline(r.value());
                case "SKILL" -> {
                    if (g.getSkills().stream().noneMatch(s -> s.getSkillId().equals(r.value()))) {
                        g.putSkill(r.value(), CandidateSkill.DEFAULT_LEVEL, SkillSource.CV);
                    }
                }
                case "LANGUAGE" -> {
                    Cefr level = Cefr.valueOf(r.detail());
                    boolean higher = g.getLanguages().stream().filter(l -> l.getCode().equals(r.value()))
                            .allMatch(l -> l.getLevel().ordinal() < level.ordinal());
                    if (higher) {
                        g.putLanguage(r.value(), level);
                    }
                }
                case "PROJECT" -> {
                    if (urls.add(r.detail())) {
                        g.addProject(new PortfolioProject(r.value(), r.context(), r.detail(), r.technologies()));
                    }
                }
                default -> throw new IllegalStateException("unknown suggestion kind " + r.kind());
            }
        }
    }
}
