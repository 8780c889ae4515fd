package org.migracode.talent.portal.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.portal.notifications.Notice;
import org.migracode.talent.portal.notifications.Notifier;
import org.migracode.talent.portal.notifications.Recipients;
import org.migracode.talent.portal.outcomes.EvidenceFiles;
import org.migracode.talent.portal.register.FollowUpSchedule.FollowUp;
import org.migracode.talent.portal.register.FollowUpSchedule.State;
import org.migracode.talent.portal.register.RegisterFacts.StudentFollowUps;
import org.migracode.talent.portal.school.ShownTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up side of the register: what is due for the coaches, the reminders (one per due
 * check-in, ever), and the graduate's one-click answer. Roles by method security; a graduate only
 * ever reaches their own check-ins (the graduate id comes from the signed-in principal).
 */
@Service
@Transactional
public class FollowUpService {

    /** A due check-in with whom it is about. */
    public record Due(UUID studentId, UUID graduateId, String displayName, FollowUp followUp) {
    }

    private final RegisterFacts facts;
    private final JdbcTemplate jdbc;
    private final Notifier notifier;
    private final AuditRecorder audit;
    private final ShownTimes times;

    FollowUpService(RegisterFacts facts, JdbcTemplate jdbc, Notifier notifier, AuditRecorder audit, ShownTimes times) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.audit = audit;
        this.times = times;
    }

    LocalDate today() {
        return LocalDate.now(times.zone());
    }

    /** Every check-in due today in the school's zone, oldest first. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Due> due() {
        return dueOn(today());
    }

    private List<Due> dueOn(LocalDate today) {
        List<Due> out = new ArrayList<>();
        for (StudentFollowUps s : facts.followUps(null, today)) {
            for (FollowUp f : s.followUps()) {
                if (f.state() == State.DUE) {
                    out.add(new Due(s.studentId(), s.graduateId(), s.displayName(), f));
                }
            }
        }
        out.sort(java.util.Comparator.comparing((Due d) -> d.followUp().dueOn()).thenComparing(d -> d.studentId().toString())
                .thenComparing(d -> d.followUp().key()));
        return out;
    }

    /**
     * Tells the coaches (and the graduate) about each due check-in once: the {@code follow_up_notice}
     * row and the notifications commit together, so a restart never repeats one. Returns how many
     * check-ins were announced. Called by {@link FollowUpJob}; no role (system).
     */
    public int announceDue() {
        int announced = 0;
        for (Due d : dueOn(today())) {
            int inserted = jdbc.update("""
                    insert into follow_up_notice (student_outcome_id, follow_up_key) values (?, ?)
                    on conflict do nothing""", d.studentId(), d.followUp().key());
            if (inserted == 0) {
                continue;
            }
            Map<String, String> args = Map.of("graduate", d.displayName(), "mark", d.followUp().mark(),
                    "due", d.followUp().dueOn().toString());
            notifier.notify(new Notice(new Recipients.Coaches(), "check-in.due", "/graduates/" + d.graduateId() + "/outcome", args));
            notifier.notify(new Notice(new Recipients.Graduate(d.graduateId()), "check-in.ask", "/me/check-ins",
                    Map.of("due", d.followUp().dueOn().toString())));
            announced++;
        }
        return announced;
    }

    /**
     * The graduate's own open check-ins: the due ones (which they may answer) and the upcoming ones.
     * A check-in left unanswered for {@link FollowUpSchedule#DUE_FOR_DAYS} days is no longer asked.
     */
    @PreAuthorize("hasRole('GRADUATE')")
    @Transactional(readOnly = true)
    public List<FollowUp> mine(UUID graduateId) {
        return facts.followUps(graduateId, today()).stream().flatMap(s -> s.followUps().stream())
                .filter(f -> f.state() == State.DUE || f.state() == State.UPCOMING).toList();
    }

    /**
     * The graduate answers one of their own due check-ins. A check-in that is not theirs,
     * not open, or unknown answers 404; an answer that does not fit the check-in, or a bad file, is a
     * form error and nothing is stored. Documents the status: {@code last_confirmed_on} becomes today;
     * "seeking" sets the status to still seeking unless they are employed (a coach then ends the
     * placement); coaches are told about a new job.
     */
    @PreAuthorize("hasRole('GRADUATE')")
    public void answer(UUID graduateId, UUID accountId, String key, FollowUpAnswer answer, String fileName, byte[] file) {
        LocalDate today = today();
        StudentFollowUps mine = facts.followUps(graduateId, today).stream().findFirst()
                .orElseThrow(() -> new RegisterNotFoundException("check-in"));
        FollowUp f = mine.followUps().stream().filter(x -> x.key().equals(key))
                .filter(x -> x.state() == State.DUE).findFirst()
                .orElseThrow(() -> new RegisterNotFoundException("check-in"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (answer == null || (!f.afterPlacement() && answer == FollowUpAnswer.STILL_EMPLOYED)) {
            errors.put("answer", "register.error.answer");
        }
        EvidenceFiles.Accepted accepted = null;
        if (file != null && file.length > 0) {
            try {
                accepted = EvidenceFiles.accept(fileName, file);
            } catch (IllegalArgumentException e) {
                errors.put("evidence", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRegisterInputException(errors);
        }
        jdbc.update("""
                insert into follow_up_answer (id, student_outcome_id, mark, placement_id, answer, answered_on, answered_by,
                    evidence_name, evidence_type, evidence) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(), mine.studentId(), f.mark(), f.placementId(), answer.name(), today, accountId,
                accepted == null ? null : accepted.fileName(), accepted == null ? null : accepted.contentType(),
                accepted == null ? null : file);
        String status = jdbc.queryForObject("select status from student_outcome where id = ?", String.class, mine.studentId());
        boolean employed = OutcomeStatus.EMPLOYED_IN_FIELD.name().equals(status) || OutcomeStatus.EMPLOYED_OUT_OF_FIELD.name().equals(status);
        String newStatus = answer == FollowUpAnswer.SEEKING && !employed ? OutcomeStatus.STILL_SEEKING.name()
                : OutcomeStatus.COULD_NOT_CONTACT.name().equals(status) ? OutcomeStatus.STILL_SEEKING.name() : status;
        jdbc.update("""
                update student_outcome set last_confirmed_on = greatest(coalesce(last_confirmed_on, ?), ?), status = ?,
                    not_seeking_reason = case when ? = 'NOT_SEEKING' then not_seeking_reason end,
                    updated_at = now(), version = version + 1 where id = ?""",
                today, today, newStatus, newStatus, mine.studentId());
        if (answer != FollowUpAnswer.STILL_EMPLOYED) {
            notifier.notify(new Notice(new Recipients.Coaches(), "check-in.answered", "/graduates/" + graduateId + "/outcome",
                    Map.of("graduate", mine.displayName(), "answer", answer.name())));
        }
        audit.registerChanged(AuditAction.FOLLOW_UP_ANSWERED, graduateId,
                "checkIn=" + f.mark() + " answer=" + answer + " evidence=" + (accepted != null));
    }
}
