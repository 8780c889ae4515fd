package org.migracode.talent.portal.availability;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The work limits in the graduate's own data download ({@code "workLimits"}, GDPR art. 15: it is
 * data about them, even though no employer ever sees it) and erased with the account.
 */
@Component
class WorkLimitsPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    WorkLimitsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "workLimits";
    }

    @Override
    public Object export(UUID graduateId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select work_permit_from, hours_allowed_per_week, internship_only, staff_note, updated_at
                from graduate_work_limits where graduate_id = ?""", graduateId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    @Override
    public void erase(UUID graduateId) {
        jdbc.update("delete from graduate_work_limits where graduate_id = ?", graduateId);
    }
}
