package org.migracode.talent.portal.cvs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A graduate's CV data in their data download ({@code "cvs"}: every draft with its suggestions and
 * what was decided, and the list of kept original files — name, type, size, date; the files
 * themselves are downloaded from the CV page) and erased with the account: drafts, suggestions
 * and kept files are deleted, nothing stays.
 */
@Component
class CvPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    CvPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "cvs";
    }

    @Override
    public Object export(UUID graduateId) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> drafts = jdbc.queryForList(
                "select id, origin, file_name, media_type, created_at, status, decided_at from cv_draft where graduate_id = ? order by created_at, id",
                graduateId);
        for (Map<String, Object> d : drafts) {
            d.put("suggestions", jdbc.queryForList(
                    "select position, kind, value, detail, context, array_to_string(technologies, ',') as technologies, accepted "
                            + "from cv_suggestion where draft_id = ? order by position", d.get("id")));
        }
        out.put("drafts", drafts);
        out.put("keptFiles", jdbc.queryForList(
                "select id, file_name, media_type, size_bytes, stored_at from cv_file where graduate_id = ? order by stored_at, id",
                graduateId));
        return out;
    }

    @Override
    public void erase(UUID graduateId) {
        jdbc.update("delete from cv_file where graduate_id = ?", graduateId);
        jdbc.update("delete from cv_draft where graduate_id = ?", graduateId);
    }
}
