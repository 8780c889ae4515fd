package org.migracode.talent.portal.curriculum;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.migracode.talent.core.input.TextRules;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's skill-to-module mapping. Reading it is open to every signed-in role (it is the
 * school's curriculum, not personal data); changing it is for admins.
 */
@Service
public class SkillModules {

    /** Longest module text (the column's check). */
    static final int MAX_MODULE = 200;

    private final JdbcTemplate jdbc;
    private final SkillVocabulary vocabulary;
    private final Clock clock;

    SkillModules(JdbcTemplate jdbc, SkillVocabulary vocabulary, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Skill id to what teaches it. */
    @Transactional(readOnly = true)
    public Map<String, String> bySkill() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.query("select skill_id, module from curriculum_skill_module order by skill_id", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    /** Every row with the skill's label in {@code locale}, by label. */
    @Transactional(readOnly = true)
    public List<SkillModule> all(Locale locale) {
        return bySkill().entrySet().stream()
                .map(e -> new SkillModule(e.getKey(), vocabulary.taxonomy().label(new SkillId(e.getKey()), locale), e.getValue()))
                .sorted(java.util.Comparator.comparing(SkillModule::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Sets (or replaces) what teaches a skill.
     *
     * @return the message key of what is wrong, or empty when stored
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<String> put(String skillName, String module) {
        // a skill of the taxonomy (any of its names or aliases), not any text: resolve() would make a slug of anything
        Optional<SkillId> skill = skillName == null || skillName.isBlank() ? Optional.empty()
                : vocabulary.taxonomy().find(skillName.strip()).map(s -> s.id());
        if (skill.isEmpty()) {
            return Optional.of("curriculum.error.skill");
        }
        String text = module == null ? "" : module.strip();
        if (text.isEmpty() || text.length() > MAX_MODULE || TextRules.firstForbidden(text) >= 0) {
            return Optional.of("curriculum.error.module");
        }
        jdbc.update("""
                insert into curriculum_skill_module (skill_id, module, updated_at, updated_by) values (?, ?, ?, ?)
                on conflict (skill_id) do update set module = excluded.module, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""", skill.get().value(), text, Timestamp.from(clock.instant()),
                AuditRecorder.currentActor().accountId());
        return Optional.empty();
    }

    /** @return false when the skill had no module */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean remove(String skillId) {
        return jdbc.update("delete from curriculum_skill_module where skill_id = ?", skillId) == 1;
    }
}
