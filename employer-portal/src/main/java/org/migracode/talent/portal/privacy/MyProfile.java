package org.migracode.talent.portal.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.RemotePreference;

/**
 * A graduate's own profile as they see it: everything they can edit, their visibility and the
 * companies they blocked.
 */
record MyProfile(UUID id, String displayName, String email, String phone, String headline, String summary, String city,
                 RemotePreference remotePreference, LocalDate availableFrom, boolean wantsJob, boolean wantsInternship,
                 List<SkillView> skills, List<LanguageView> languages, List<ProjectView> projects,
                 boolean visibleToEmployers, Instant consentChangedAt, List<CompanyView> blockedCompanies, long version) {

    /** @param source DECLARED, PORTFOLIO or CURRICULUM */
    record SkillView(String skill, String label, int level, String source) {
    }

    record LanguageView(String code, Cefr level) {
    }

    record ProjectView(String title, String description, String url, List<String> technologies) {
    }

    record CompanyView(UUID id, String name) {
    }
}
