package org.migracode.talent.index.privacy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything stored about one graduate (GDPR art. 15 and 20): the profile with contact details and
 * settings, then one section per {@link PersonalDataContributor} (proposals, placements, audit
 * entries, fairness declaration, …), as plain values for JSON.
 */
@Service
public class PersonalDataExport {

    private final EntityManager entityManager;
    private final List<PersonalDataContributor> contributors;
    private final Clock clock;

    public PersonalDataExport(EntityManager entityManager, List<PersonalDataContributor> contributors, ObjectProvider<Clock> clock) {
        this.entityManager = entityManager;
        this.contributors = List.copyOf(contributors);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The data download; empty when there is no such graduate. */
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> export(UUID graduateId) {
        GraduateProfile g = entityManager.find(GraduateProfile.class, graduateId);
        if (g == null) {
            return Optional.empty();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", clock.instant());
        out.put("profile", ProfileData.of(g));
        for (PersonalDataContributor c : contributors) {
            out.put(c.section(), c.export(graduateId));
        }
        return Optional.of(out);
    }

    /** The profile as stored, every field. */
    public record ProfileData(UUID id, UUID cohortId, String displayName, String headline, String summary, String email,
                              String phone, String city, String remotePreference, LocalDate availableFrom, boolean wantsJob,
                              boolean wantsInternship, boolean visibleToEmployers, Instant consentChangedAt, String consentBasis, boolean active,
                              List<Map<String, Object>> skills, List<Map<String, Object>> languages,
                              List<Map<String, Object>> projects, Set<UUID> blockedCompanies, Instant lastActiveAt,
                              Instant retentionFlaggedAt, Instant createdAt, Instant updatedAt) {

        static ProfileData of(GraduateProfile g) {
            return new ProfileData(g.getId(), g.getCohortId(), g.getDisplayName(), g.getHeadline(), g.getSummary(), g.getEmail(),
                    g.getPhone(), g.getCity(), g.getRemotePreference().name(), g.getAvailableFrom(), g.isWantsJob(),
                    g.isWantsInternship(), g.isVisibleToEmployers(), g.getConsentChangedAt(), g.getConsentBasis(), g.isActive(),
                    g.getSkills().stream().map(s -> Map.<String, Object>of("skill", s.getSkillId(), "level", s.getLevel(),
                            "source", s.getSource().name())).toList(),
                    g.getLanguages().stream().map(l -> Map.<String, Object>of("code", l.getCode(), "level", l.getLevel().name()))
                            .toList(),
                    g.getProjects().stream().map(p -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("title", p.getTitle());
                        m.put("description", p.getDescription());
                        m.put("url", p.getUrl());
                        m.put("technologies", p.getTechnologies());
                        return m;
                    }).toList(),
                    g.getBlockedCompanies(), g.getLastActiveAt(), g.getRetentionFlaggedAt(), g.getCreatedAt(), g.getUpdatedAt());
        }
    }
}
