package org.migracode.talent.index.duplicates;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records merged into a graduate are the same person's data: their data download lists each
 * merge with what the merged record held (and every other feature's part of it), and erasing the
 * graduate erases those records too (every other feature's part first, their accounts, then the
 * rows), so nothing of the person survives in a record kept only for undo.
 */
@Component
class MergePersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<PersonalDataContributor> contributors;

    MergePersonalData(JdbcTemplate jdbc, ObjectProvider<PersonalDataContributor> contributors) {
        this.jdbc = jdbc;
        this.contributors = contributors;
    }

    @Override
    public String section() {
        return "mergedRecords";
    }

    /** One merged record as the graduate receives it. */
    record ExportedMerge(Instant mergedAt, Instant undoneAt, UUID recordId, String displayName, String email, String phone,
                         String headline, Map<String, Object> sections) {
    }

    @Override
    public Object export(UUID graduateId) {
        return jdbc.query("""
                select m.merged_at, m.undone_at, g.id, g.display_name, g.email, g.phone, g.headline
                from graduate_merge m join graduate_profile g on g.id = m.merged_id
                where m.kept_id = ? and g.merged_into = ? order by m.merged_at, m.id""", (rs, i) -> {
            UUID id = rs.getObject(3, UUID.class);
            Map<String, Object> sections = new LinkedHashMap<>();
            others().forEach(c -> sections.put(c.section(), c.export(id)));
            return new ExportedMerge(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                    id, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), sections);
        }, graduateId, graduateId);
    }

    @Override
    public void erase(UUID graduateId) {
        for (UUID merged : jdbc.queryForList("select id from graduate_profile where merged_into = ?", UUID.class, graduateId)) {
            others().forEach(c -> c.erase(merged));
            jdbc.update("delete from user_account where graduate_id = ?", merged);
            jdbc.update("delete from graduate_profile where id = ?", merged); // never indexed: nothing to remove from the index
        }
    }

    private List<PersonalDataContributor> others() {
        return contributors.orderedStream().filter(c -> c != this).toList();
    }
}
