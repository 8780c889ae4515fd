package org.migracode.talent.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.LanguageLevel;
import org.migracode.talent.core.profile.LanguageRequirement;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.PortfolioProject;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.core.taxonomy.SkillId;

/** Test data builders: {@code aListing().requires("react", 3).build()}, {@code aGraduate().withSkill("react", 4).build()}. */
final class Profiles {

    private Profiles() {
    }

    static ListingBuilder aListing() {
        return new ListingBuilder();
    }

    static GraduateBuilder aGraduate() {
        return new GraduateBuilder();
    }

    static SkillId id(String s) {
        return SkillId.of(s);
    }

    static final class ListingBuilder {
        String id = "L1";
        ListingType type = ListingType.JOB;
        final List<RequiredSkill> required = new ArrayList<>();
        final List<SkillId> nice = new ArrayList<>();
        final List<LanguageRequirement> languages = new ArrayList<>();
        String city = "Barcelona";
        RemotePolicy remote = RemotePolicy.HYBRID;
        LocalDate start;

        ListingBuilder requires(String skill, int minLevel) {
            required.add(new RequiredSkill(id(skill), minLevel));
            return this;
        }

        ListingBuilder niceToHave(String skill) {
            nice.add(id(skill));
            return this;
        }

        ListingBuilder language(String code, Cefr level) {
            languages.add(new LanguageRequirement(code, level));
            return this;
        }

        ListingBuilder in(String city, RemotePolicy remote) {
            this.city = city;
            this.remote = remote;
            return this;
        }

        ListingBuilder starting(LocalDate start) {
            this.start = start;
            return this;
        }

        ListingBuilder type(ListingType type) {
            this.type = type;
            return this;
        }

        ListingProfile build() {
            return new ListingProfile(id, "Junior Frontend Developer", "", type, required, nice, languages, city, remote, start);
        }
    }

    static final class GraduateBuilder {
        String id = "C1";
        final List<CandidateSkill> skills = new ArrayList<>();
        final List<PortfolioProject> projects = new ArrayList<>();
        final List<LanguageLevel> languages = new ArrayList<>();
        String city = "Barcelona";
        RemotePreference remote = RemotePreference.ANY;
        LocalDate available;
        Set<ListingType> wanted = EnumSet.noneOf(ListingType.class);

        GraduateBuilder named(String id) {
            this.id = id;
            return this;
        }

        GraduateBuilder withSkill(String skill, int level) {
            skills.add(new CandidateSkill(Profiles.id(skill), level, SkillSource.DECLARED));
            return this;
        }

        GraduateBuilder withSkill(String skill, int level, SkillSource source) {
            skills.add(new CandidateSkill(Profiles.id(skill), level, source));
            return this;
        }

        GraduateBuilder withProject(String title, String description, String... technologies) {
            Set<SkillId> tech = new java.util.LinkedHashSet<>();
            for (String t : technologies) {
                tech.add(Profiles.id(t));
            }
            projects.add(new PortfolioProject(title, description, tech));
            return this;
        }

        GraduateBuilder speaks(String code, Cefr level) {
            languages.add(new LanguageLevel(code, level));
            return this;
        }

        GraduateBuilder livesIn(String city, RemotePreference remote) {
            this.city = city;
            this.remote = remote;
            return this;
        }

        GraduateBuilder availableFrom(LocalDate date) {
            this.available = date;
            return this;
        }

        GraduateBuilder wants(ListingType... types) {
            wanted = types.length == 0 ? EnumSet.noneOf(ListingType.class) : EnumSet.copyOf(List.of(types));
            return this;
        }

        CandidateProfile build() {
            return new CandidateProfile(id, skills, projects, languages, city, remote, available, wanted);
        }
    }
}
