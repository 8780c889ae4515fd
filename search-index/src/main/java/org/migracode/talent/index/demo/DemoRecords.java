package org.migracode.talent.index.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.SkillSource;

/** The plain values the demo generator produces; {@link DemoDataWriter} stores them. */
public final class DemoRecords {

    private DemoRecords() {
    }

    public record Company(UUID id, String name, String city, String website, String description) {
    }

    public record Cohort(UUID id, String name, String school, String city, LocalDate startDate,
            LocalDate graduationDate, List<String> modules) {
    }

    public record Skill(String skillId, int level, SkillSource source) {
    }

    public record Language(String code, Cefr level) {
    }

    public record Project(String title, String description, String url, List<String> technologies) {
    }

    public record Graduate(UUID id, UUID cohortId, String displayName, String headline, String summary,
            String email, String phone, String city, RemotePreference remote, LocalDate availableFrom,
            boolean wantsJob, boolean wantsInternship, boolean visibleToEmployers, boolean active,
            List<Skill> skills, List<Language> languages, List<Project> projects) {
    }

    public record RequiredSkill(String skillId, int minLevel) {
    }

    public record Listing(UUID id, UUID companyId, ListingType type, String title, String description,
            List<RequiredSkill> required, List<String> niceToHave, List<Language> languages, String city,
            RemotePolicy remote, LocalDate startDate, String status) {
    }

    /**
     * A demo login. {@code password} is in clear text on purpose: the README lists these accounts,
     * and the writer stores only a hash of it.
     */
    public record Account(UUID id, String username, String password, String displayName, String role,
            UUID companyId, UUID graduateId) {
    }
}
