package org.migracode.talent.portal.cvs;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.core.draft.ProfileDraft;
import org.migracode.talent.core.draft.ProfileDraftExtractor;
import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a draft and its suggestions. No authorization of its own: {@link CvService} checks who
 * may upload for whom before calling it, and the demo data calls it at start-up.
 */
@Component
class CvDraftStore {

    static final int MAX_SKILLS = 60;
    static final int MAX_LANGUAGES = 12;
    static final int MAX_PROJECTS = 20;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final SkillVocabulary vocabulary;

    CvDraftStore(JdbcTemplate jdbc, SkillVocabulary vocabulary, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The extractor drafts are made with: the matcher's skill extractor and occupation vocabulary. */
    ProfileDraftExtractor extractor() {
        return new ProfileDraftExtractor(vocabulary.extractor(), OccupationVocabulary.bundled());
    }

    /** Stores an open draft for {@code g} and returns its id; the caller's transaction applies. */
    UUID create(GraduateProfile g, DocumentKind kind, String fileName, UUID createdBy, ProfileDraft draft) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into cv_draft (id, graduate_id, origin, file_name, media_type, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                id, g.getId(), kind.origin(), fileName, kind.mediaType, createdBy, Timestamp.from(clock.instant()));
        storeSuggestions(id, g, draft);
        return id;
    }

    /** Suggestions worth asking about: what the profile does not already hold. */
    private void storeSuggestions(UUID draftId, GraduateProfile g, ProfileDraft draft) {
        List<Object[]> batch = new ArrayList<>();
        int position = 0;
        if (draft.headline() != null && !draft.headline().equals(g.getHeadline())) {
            batch.add(new Object[] {draftId, position++, "HEADLINE", draft.headline(), null, null, new String[0]});
        }
        Set<String> held = new HashSet<>();
        g.getSkills().forEach(s -> held.add(s.getSkillId()));
        int skills = 0;
        for (ProfileDraft.FoundSkill s : draft.skills()) {
            if (skills < MAX_SKILLS && held.add(s.skill().value())) {
                batch.add(new Object[] {draftId, position++, "SKILL", s.skill().value(), null, s.sentence(), new String[0]});
                skills++;
            }
        }
        Map<String, Cefr> spoken = new java.util.HashMap<>();
        g.getLanguages().forEach(l -> spoken.put(l.getCode(), l.getLevel()));
        int languages = 0;
        for (ProfileDraft.FoundLanguage l : draft.languages()) {
            Cefr current = spoken.get(l.code());
            if (languages < MAX_LANGUAGES && (current == null || current.ordinal() < l.level().ordinal())) {
                batch.add(new Object[] {draftId, position++, "LANGUAGE", l.code(), l.level().name(), null, new String[0]});
                languages++;
            }
        }
        Set<String> urls = new HashSet<>();
        g.getProjects().forEach(p -> urls.add(p.getUrl()));
        int projects = 0;
        for (ProfileDraft.FoundProject p : draft.projects()) {
            if (projects < MAX_PROJECTS && urls.add(p.url())) {
                batch.add(new Object[] {draftId, position++, "PROJECT", p.title(), p.url(), p.line(),
                        p.technologies().toArray(new String[0])});
                projects++;
            }
        }
        jdbc.batchUpdate("insert into cv_suggestion (draft_id, position, kind, value, detail, context, technologies) values (?, ?, ?, ?, ?, ?, ?)",
                batch);
    }

}
