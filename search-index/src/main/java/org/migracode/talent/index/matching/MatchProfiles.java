package org.migracode.talent.index.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.LanguageLevel;
import org.migracode.talent.core.profile.LanguageRequirement;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.PortfolioProject;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateSkill;
import org.migracode.talent.index.listings.Listing;

/**
 * Turns entities into what the matcher sees. A graduate's skills are the ones stored (declared,
 * portfolio, curriculum) plus the ones their own words mention — headline, summary, project
 * texts — which count as {@link SkillSource#MENTIONED} evidence at the default level. Project
 * technologies are completed with the skills their title and description name, so the scorer's
 * portfolio evidence needs no text work at query time.
 */
public final class MatchProfiles {

    private MatchProfiles() {
    }

    public static CandidateProfile candidate(GraduateProfile g, SkillVocabulary vocabulary) {
        GraduateText text = GraduateText.of(g);
        return candidate(g, vocabulary, text, mentionedSkills(g, vocabulary, text));
    }

    /** As {@link #candidate(GraduateProfile, SkillVocabulary)}, with the text tokenized and the mentioned skills found. */
    static CandidateProfile candidate(GraduateProfile g, SkillVocabulary vocabulary, GraduateText text, Set<SkillId> mentionedSkills) {
        Map<SkillId, CandidateSkill> skills = new LinkedHashMap<>();
        for (GraduateSkill s : g.getSkills()) {
            vocabulary.resolve(s.getSkillId()).ifPresent(id ->
                    skills.merge(id, new CandidateSkill(id, s.getLevel(), s.getSource()), MatchProfiles::stronger));
        }
        List<PortfolioProject> projects = new ArrayList<>();
        List<org.migracode.talent.index.graduates.PortfolioProject> stored = g.getProjects();
        for (int i = 0; i < stored.size(); i++) {
            var p = stored.get(i);
            Set<SkillId> technologies = new LinkedHashSet<>();
            p.getTechnologies().forEach(t -> vocabulary.resolve(t).ifPresent(technologies::add));
            technologies.addAll(vocabulary.extractor().distinctSkills(text.project(i)));
            projects.add(new PortfolioProject(p.getTitle(), "", technologies));
        }
        for (SkillId mentioned : mentionedSkills) {
            skills.putIfAbsent(mentioned, CandidateSkill.withoutLevel(mentioned, SkillSource.MENTIONED));
        }
        List<LanguageLevel> languages = g.getLanguages().stream()
                .map(l -> new LanguageLevel(l.getCode(), l.getLevel())).toList();
        return new CandidateProfile(g.getId().toString(), List.copyOf(skills.values()), projects, languages, g.getCity(),
                g.getRemotePreference(), g.getEarliestStart(), g.getWantedTypes());
    }

    /** Skills named in the graduate's own text: headline, summary and portfolio projects. */
    public static Set<SkillId> mentionedSkills(GraduateProfile g, SkillVocabulary vocabulary) {
        return mentionedSkills(g, vocabulary, GraduateText.of(g));
    }

    static Set<SkillId> mentionedSkills(GraduateProfile g, SkillVocabulary vocabulary, GraduateText text) {
        Set<SkillId> mentioned = new LinkedHashSet<>(vocabulary.extractor().distinctSkills(text.whole()));
        g.getProjects().forEach(p -> p.getTechnologies().forEach(t -> vocabulary.resolve(t).ifPresent(mentioned::add)));
        return mentioned;
    }

    /** The ids of the skills the graduate holds (stored, not mentioned). */
    public static List<SkillId> heldSkills(GraduateProfile g, SkillVocabulary vocabulary) {
        List<SkillId> held = new ArrayList<>();
        g.getSkills().forEach(s -> vocabulary.resolve(s.getSkillId()).ifPresent(held::add));
        return held;
    }

    public static ListingProfile listing(Listing l, SkillVocabulary vocabulary) {
        List<RequiredSkill> required = new ArrayList<>();
        l.getRequiredSkills().forEach(r -> vocabulary.resolve(r.getSkillId())
                .ifPresent(id -> required.add(new RequiredSkill(id, r.getMinLevel()))));
        List<SkillId> nice = new ArrayList<>();
        l.getNiceToHaveSkills().forEach(n -> vocabulary.resolve(n).ifPresent(nice::add));
        List<LanguageRequirement> languages = l.getLanguages().stream()
                .map(x -> new LanguageRequirement(x.getCode(), x.getMinLevel())).toList();
        return new ListingProfile(l.getId().toString(), l.getTitle(), l.getDescription(), l.getType(), required, nice,
                languages, l.getCity(), l.getRemotePolicy(), l.getStartDate());
    }

    private static CandidateSkill stronger(CandidateSkill a, CandidateSkill b) {
        return a.level() >= b.level() ? a : b;
    }
}
