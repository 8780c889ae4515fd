package org.migracode.talent.portal.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Companies' notes and tags about a graduate are personal data about them (GDPR art. 15): the data
 * download lists each with the company that wrote it (not the recruiter's name), and erasure
 * deletes them all.
 */
@Component
class NotesPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    NotesPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "companyNotes";
    }

    @Override
    public Object export(UUID graduateId) {
        List<ExportedNote> notes = jdbc.query("select c.name, n.body, n.created_at from graduate_note n join company c on c.id = n.company_id "
                        + "where n.graduate_id = ? order by n.created_at, n.id",
                (rs, i) -> new ExportedNote(rs.getString("name"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()),
                graduateId);
        List<ExportedTag> tags = jdbc.query("select c.name, t.label, t.created_at from graduate_tag t join company c on c.id = t.company_id "
                        + "where t.graduate_id = ? order by c.name, t.label",
                (rs, i) -> new ExportedTag(rs.getString("name"), rs.getString("label"), rs.getTimestamp("created_at").toInstant()),
                graduateId);
        return new Export(notes, tags);
    }

    @Override
    public void erase(UUID graduateId) {
        jdbc.update("delete from graduate_note where graduate_id = ?", graduateId);
        jdbc.update("delete from graduate_tag where graduate_id = ?", graduateId);
    }

    /** What the data download holds under {@code "companyNotes"}. */
    public record Export(List<ExportedNote> notes, List<ExportedTag> tags) {
    }

    public record ExportedNote(String company, String note, Instant createdAt) {
    }

    public record ExportedTag(String company, String tag, Instant createdAt) {
    }
}
