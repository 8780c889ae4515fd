package org.migracode.talent.portal.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The graduate's check-in answers in their data download; on erasure the answers stay for the
 * register's statistics (which check-in, the answer, the date) and lose the evidence file and who
 * answered. Runs before the placements' contributor, which unlinks the outcome row from the person.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegisterPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    RegisterPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record AnswerExport(String checkIn, UUID placementId, String answer, LocalDate answeredOn, String evidenceFileName) {
    }

    @Override
    public String section() {
        return "checkInAnswers";
    }

    @Override
    public Object export(UUID graduateId) {
        List<AnswerExport> answers = jdbc.query("""
                select a.mark, a.placement_id, a.answer, a.answered_on, a.evidence_name from follow_up_answer a
                join student_outcome s on s.id = a.student_outcome_id where s.graduate_id = ? order by a.answered_on, a.mark, a.id""",
                (rs, i) -> new AnswerExport(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)), graduateId);
        return answers;
    }

    @Override
    public void erase(UUID graduateId) {
        jdbc.update("""
                update follow_up_answer set evidence = null, evidence_name = null, evidence_type = null, answered_by = null
                where student_outcome_id in (select id from student_outcome where graduate_id = ?)""", graduateId);
    }
}
