package org.migracode.talent.portal.interviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Interviews, their slots and feedback in the tables of V13 (plain SQL: small rows, read whole). */
@Repository
class InterviewStore {

    private final JdbcTemplate jdbc;

    InterviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The proposal's interview, locked for update when {@code forUpdate} (two people picking at once: one wins). */
    Optional<Interview> find(UUID proposalId, boolean forUpdate) {
        List<Interview> found = jdbc.query("select * from interview where proposal_id = ?" + (forUpdate ? " for update" : ""),
                (rs, i) -> row(rs), proposalId);
        return found.stream().findFirst();
    }

    private Interview row(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Interview.Slot> slots = jdbc.query("select * from interview_slot where interview_id = ? order by position",
                (s, i) -> new Interview.Slot(s.getTimestamp("starts_at").toInstant(), s.getInt("minutes"), s.getString("place")), id);
        int chosen = rs.getInt("chosen_slot");
        return new Interview(id, rs.getObject("proposal_id", UUID.class), Interview.State.valueOf(rs.getString("state")),
                rs.getInt("sequence"), rs.wasNull() ? null : chosen, rs.getBoolean("booked_once"),
                rs.getTimestamp("updated_at").toInstant(), slots);
    }

    /** Offers new slots: a new interview, or the existing one back to SLOTS_OFFERED with its slots replaced. */
    Interview offer(UUID proposalId, List<Interview.Slot> slots, UUID by, Instant now) {
        Optional<Interview> existing = find(proposalId, true);
        UUID id = existing.map(Interview::id).orElseGet(UUID::randomUUID);
        if (existing.isEmpty()) {
            jdbc.update("insert into interview (id, proposal_id, state, sequence, offered_by, updated_at) values (?, ?, 'SLOTS_OFFERED', 0, ?, ?)",
                    id, proposalId, by, Timestamp.from(now));
        } else {
            jdbc.update("update interview set state = 'SLOTS_OFFERED', chosen_slot = null, offered_by = ?, updated_at = ? where id = ?",
                    by, Timestamp.from(now), id);
            jdbc.update("delete from interview_slot where interview_id = ?", id);
        }
        for (int i = 0; i < slots.size(); i++) {
            Interview.Slot s = slots.get(i);
            jdbc.update("insert into interview_slot (interview_id, position, starts_at, minutes, place) values (?, ?, ?, ?, ?)",
                    id, i, Timestamp.from(s.start()), s.minutes(), s.place());
        }
        return find(proposalId, false).orElseThrow();
    }

    /** Books slot {@code position}; a reschedule (booked before) raises the SEQUENCE. */
    Interview book(Interview interview, int position, Instant now) {
        jdbc.update("update interview set state = 'BOOKED', chosen_slot = ?, sequence = sequence + ?, booked_once = true, updated_at = ?"
                + " where id = ?", position, interview.bookedOnce() ? 1 : 0, Timestamp.from(now), interview.id());
        return find(interview.proposalId(), false).orElseThrow();
    }

    /** Cancels it; the SEQUENCE grows so that calendars take the cancellation over the invitation. */
    Interview cancel(Interview interview, Instant now) {
        jdbc.update("update interview set state = 'CANCELLED', chosen_slot = null, sequence = sequence + 1, updated_at = ? where id = ?",
                Timestamp.from(now), interview.id());
        return find(interview.proposalId(), false).orElseThrow();
    }

    /** Stores (or replaces) the recruiter's feedback. */
    void saveFeedback(UUID interviewId, Feedback feedback, UUID author, Instant now) {
        jdbc.update("delete from interview_feedback where interview_id = ?", interviewId);
        jdbc.update("insert into interview_feedback (interview_id, outcome, private_text, author_account_id, created_at) values (?, ?, ?, ?, ?)",
                interviewId, feedback.outcome().name(), feedback.privateText(), author, Timestamp.from(now));
        feedback.ratings().forEach((skill, score) -> jdbc.update(
                "insert into interview_rating (interview_id, skill, score) values (?, ?, ?)", interviewId, skill, score));
    }

    Optional<Feedback> feedback(UUID interviewId) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        jdbc.query("select skill, score from interview_rating where interview_id = ? order by skill",
                rs -> {
                    ratings.put(rs.getString("skill"), rs.getInt("score"));
                }, interviewId);
        return jdbc.query("select outcome, private_text from interview_feedback where interview_id = ?",
                (rs, i) -> new Feedback(Feedback.Outcome.valueOf(rs.getString("outcome")), ratings, rs.getString("private_text")),
                interviewId).stream().findFirst();
    }
}
