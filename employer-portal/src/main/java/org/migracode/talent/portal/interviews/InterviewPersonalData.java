package org.migracode.talent.portal.interviews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The graduate's interviews in their data download (section {@code interviews}): the times
 * offered, which one was booked, and the outcome the company gave, as the graduate sees them on
 * the interview page. The company's private scores and notes are the school's, as on the page
 * (docs/proposals.md, "Interviews"). Erasure deletes the interviews (they also go with the
 * proposals, by the foreign key).
 */
@Component
class InterviewPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;
    private final InterviewStore store;

    InterviewPersonalData(JdbcTemplate jdbc, InterviewStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public String section() {
        return "interviews";
    }

    @Override
    public Object export(UUID graduateId) {
        List<UUID> proposalIds = jdbc.queryForList("select i.proposal_id from interview i join proposal p on p.id = i.proposal_id"
                + " where p.graduate_id = ? order by i.updated_at", UUID.class, graduateId);
        return proposalIds.stream().map(id -> store.find(id, false).orElseThrow()).map(i -> new ExportedInterview(i.proposalId(),
                i.state().name(), i.slots().stream().map(s -> new ExportedSlot(s.start(), s.minutes(), s.place())).toList(),
                i.chosenSlot(), store.feedback(i.id()).map(f -> f.outcome().name()).orElse(null))).toList();
    }

    @Override
    public void erase(UUID graduateId) {
        jdbc.update("delete from interview where proposal_id in (select id from proposal where graduate_id = ?)", graduateId);
    }

    /** One interview as exported. */
    public record ExportedInterview(UUID proposalId, String state, List<ExportedSlot> slots, Integer bookedSlot, String outcome) {
    }

    public record ExportedSlot(Instant start, int minutes, String place) {
    }
}
