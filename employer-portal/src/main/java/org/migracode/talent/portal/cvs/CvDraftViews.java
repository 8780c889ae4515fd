package org.migracode.talent.portal.cvs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.portal.system.LanguageNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a stored draft and its suggestions back, as rows and as the {@link DraftView} the pages
 * and the API show (skill labels and language names in the viewer's language). No authorization
 * of its own: {@link CvService} checks who may see the draft first.
 */
@Component
class CvDraftViews {

    private final JdbcTemplate jdbc;
    private final SkillVocabulary vocabulary;

    CvDraftViews(JdbcTemplate jdbc, SkillVocabulary vocabulary) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
    }

    /** A stored suggestion of a draft. */
    record Row(int position, String kind, String value, String detail, String context, List<String> technologies,
                       Boolean accepted) {
    }

    List<Row> rows(UUID draftId) {
        return jdbc.query("select position, kind, value, detail, context, technologies, accepted from cv_suggestion where draft_id = ? order by position",
                (rs, i) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), strings(rs, 6),
                        (Boolean) rs.getObject(7)), draftId);
    }

    private static List<String> strings(ResultSet rs, int column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    DraftView view(UUID draftId, Locale locale) {
        Map<String, Object> d = jdbc.queryForMap("select graduate_id, origin, file_name, media_type, created_at, status from cv_draft where id = ?",
                draftId);
        DraftView.Headline headline = null;
        List<DraftView.Skill> skills = new ArrayList<>();
        List<DraftView.Language> languages = new ArrayList<>();
        List<DraftView.Project> projects = new ArrayList<>();
        for (Row r : rows(draftId)) {
            switch (r.kind()) {
                case "HEADLINE" -> headline = new DraftView.Headline(r.position(), r.value(), r.accepted());
                case "SKILL" -> skills.add(new DraftView.Skill(r.position(), r.value(), label(r.value(), locale), r.context(), r.accepted()));
                case "LANGUAGE" -> languages.add(new DraftView.Language(r.position(), r.value(), LanguageNames.of(r.value(), locale), r.detail(),
                        r.accepted()));
                case "PROJECT" -> projects.add(new DraftView.Project(r.position(), r.value(), r.detail(), r.context(), r.technologies(),
                        r.accepted()));
                default -> { }
            }
        }
        return new DraftView(draftId, (UUID) d.get("graduate_id"), (String) d.get("origin"), (String) d.get("file_name"),
                (String) d.get("media_type"), ((Timestamp) d.get("created_at")).toInstant(), (String) d.get("status"), headline, skills,
                languages, projects);
    }

    private String label(String skillId, Locale locale) {
        try {
            return vocabulary.taxonomy().label(SkillId.of(skillId), locale);
        } catch (IllegalArgumentException e) {
            return skillId;
        }
    }
}
