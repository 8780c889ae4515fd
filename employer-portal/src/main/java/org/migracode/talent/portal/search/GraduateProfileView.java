package org.migracode.talent.portal.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.index.graduates.EmployerAvailability;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.portal.search.GraduateSearchResponse.Cohort;
import org.migracode.talent.portal.search.GraduateSearchResponse.LanguageView;
import org.migracode.talent.portal.search.GraduateSearchResponse.SkillView;

/**
 * A graduate's profile as a viewer may see it. Built field by field from the entity, so a field
 * added to the entity is never shown until someone adds it here. {@code consent} is {@code null}
 * (and absent from JSON) for recruiters, and so is {@code contact} until the graduate accepted a
 * proposal for the recruiter's company; project links are kept only when they are http or https.
 * Availability is what the school's work limits imply ({@link EmployerAvailability}), never the
 * limits themselves.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GraduateProfileView(UUID id, String displayName, String headline, String summary, String city, RemotePreference remote,
                        LocalDate availableFrom, boolean wantsJob, boolean wantsInternship, EmployerAvailability availability,
                        Cohort cohort, List<SkillView> skills, List<LanguageView> languages, List<Project> projects, Contact contact,
                        Consent consent) {

    static GraduateProfileView of(GraduateProfile g, String cohortName, boolean withContact, boolean withConsent, Locale locale) {
        SkillTaxonomy taxonomy = SkillVocabulary.shared().taxonomy();
        List<SkillView> skills = g.getSkills().stream()
                .sorted(java.util.Comparator.comparingInt((org.migracode.talent.index.graduates.GraduateSkill s) -> -s.getLevel())
                        .thenComparing(org.migracode.talent.index.graduates.GraduateSkill::getSkillId))
                .map(s -> new SkillView(s.getSkillId(), taxonomy.label(SkillId.of(s.getSkillId()), locale), s.getLevel(),
                        s.getSource()))
                .toList();
        List<LanguageView> languages = g.getLanguages().stream()
                .map(l -> new LanguageView(l.getCode(), GraduateSearchResponse.languageName(l.getCode(), locale),
                        l.getLevel().name()))
                .toList();
        List<Project> projects = g.getProjects().stream()
                .map(p -> new Project(p.getTitle(), p.getDescription(), safeUrl(p.getUrl()),
                        p.getTechnologies().stream().map(t -> new Technology(t, technologyLabel(taxonomy, t, locale))).toList()))
                .toList();
        return new GraduateProfileView(g.getId(), g.getDisplayName(), g.getHeadline(), g.getSummary(), g.getCity(),
                g.getRemotePreference(), g.getEarliestStart(), g.isWantsJob() && g.isJobsEligible(), g.isWantsInternship(),
                EmployerAvailability.of(g), g.getCohortId() == null ? null : new Cohort(g.getCohortId(), cohortName), skills, languages, projects,
                withContact ? new Contact(g.getEmail(), g.getPhone()) : null,
                withConsent ? new Consent(g.isVisibleToEmployers(), g.isActive()) : null);
    }

    /** The URL if it is an absolute http(s) URL with a host; {@code null} otherwise ({@code javascript:}, {@code data:}, relative…). */
    static String safeUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 2_000) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String technologyLabel(SkillTaxonomy taxonomy, String id, Locale locale) {
        try {
            return taxonomy.label(SkillId.of(id), locale);
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    /** A portfolio project; {@code url} is {@code null} unless it is a safe http(s) link. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Project(String title, String description, String url, List<Technology> technologies) {
    }

    record Technology(String id, String label) {
    }

    /** Contact details: school staff, the graduate themselves, and recruiters of a company whose proposal the graduate accepted. */
    record Contact(String email, String phone) {
    }

    /** Whether employers may see the profile: school staff and the graduate themselves only. */
    record Consent(boolean visibleToEmployers, boolean active) {
    }
}
