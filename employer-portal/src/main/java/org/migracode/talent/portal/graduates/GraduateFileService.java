package org.migracode.talent.portal.graduates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.core.input.TextRules;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the coach's view of a graduate and writes its interaction log. Coaches and admins only
 * (method security: 403 for everyone else); opening the view is recorded like opening a profile.
 */
@Service
@PreAuthorize("hasAnyRole('COACH','ADMIN')")
class GraduateFileService {

    private final GraduateRepository graduates;
    private final JdbcTemplate jdbc;
    private final InteractionLog log;
    private final AuditRecorder audit;
    private final Clock clock;

    GraduateFileService(GraduateRepository graduates, JdbcTemplate jdbc, InteractionLog log, AuditRecorder audit,
            ObjectProvider<Clock> clock) {
        this.graduates = graduates;
        this.jdbc = jdbc;
        this.log = log;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The record a merged-away graduate now lives in, if {@code id} is one. */
    @Transactional(readOnly = true)
    public Optional<UUID> mergedInto(UUID id) {
        return graduates.findById(id).map(GraduateProfile::getMergedInto);
    }

    @Transactional(readOnly = true)
    public GraduateFile file(UUID id) {
        GraduateProfile g = graduates.findById(id).orElseThrow(GraduateNotFoundException::new);
        audit.profileViewed(id);
        String cohort = g.getCohortId() == null ? null
                : jdbc.query("select name from cohort where id = ?", rs -> rs.next() ? rs.getString(1) : null, g.getCohortId());
        String account = jdbc.query("select min(username) from user_account where graduate_id = ?", rs -> rs.next() ? rs.getString(1) : null, id);
        List<String> skills = g.getSkills().stream().sorted(Comparator.comparing(s -> s.getSkillId()))
                .map(s -> s.getSkillId() + " (" + s.getLevel() + ", " + s.getSource().name().toLowerCase(Locale.ROOT) + ")").toList();
        List<String> languages = g.getLanguages().stream().map(l -> l.getCode() + " " + l.getLevel()).sorted().toList();
        List<GraduateFile.Project> projects = g.getProjects().stream().map(p -> new GraduateFile.Project(p.getTitle(), p.getUrl())).toList();
        List<GraduateFile.ProposalLine> proposals = jdbc.query("""
                select p.id, p.listing_id, l.title, c.name, p.stage, p.stage_changed_at, p.graduate_response
                from proposal p join listing l on l.id = p.listing_id join company c on c.id = p.company_id
                where p.graduate_id = ? order by p.stage_changed_at desc, p.id""", (rs, i) -> new GraduateFile.ProposalLine(
                rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7)), id);
        Map<UUID, List<GraduateFile.CheckInLine>> checkIns = new LinkedHashMap<>();
        jdbc.query("""
                select ci.placement_id, ci.months, ci.status, ci.checked_on from employment_check_in ci
                join placement p on p.id = ci.placement_id where p.graduate_id = ? order by ci.months""", rs -> {
            checkIns.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new GraduateFile.CheckInLine(rs.getInt(2),
                    rs.getString(3), rs.getObject(4, LocalDate.class)));
        }, id);
        List<GraduateFile.PlacementLine> placements = jdbc.query("""
                select p.id, coalesce(c.name, p.employer_name), p.role_title, p.kind, p.start_date from placement p
                left join company c on c.id = p.company_id where p.graduate_id = ? order by p.start_date desc, p.id""",
                (rs, i) -> new GraduateFile.PlacementLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), checkIns.getOrDefault(rs.getObject(1, UUID.class), List.of())), id);
        List<String> merged = jdbc.queryForList("select display_name from graduate_profile where merged_into = ? order by created_at",
                String.class, id);
        return new GraduateFile(id, g.getDisplayName(), g.getHeadline(), g.getSummary(), cohort, g.getCity(), g.getEmail(), g.getPhone(),
                g.isVisibleToEmployers(), g.isActive(), g.getAvailableFrom(), account, skills, languages, projects, proposals, placements,
                log.of(id), merged);
    }

    /**
     * Adds an entry to the log.
     *
     * @return the form errors by field (message keys); empty when the entry was written
     */
    @Transactional
    public Map<String, String> addInteraction(Viewer viewer, UUID graduateId, InteractionForm form) {
        graduates.findById(graduateId).orElseThrow(GraduateNotFoundException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        InteractionKind kind = null;
        try {
            kind = InteractionKind.valueOf(form.kind() == null ? "" : form.kind().strip());
        } catch (IllegalArgumentException e) {
            errors.put("kind", "graduateFile.error.kind");
        }
        LocalDate on = null;
        LocalDate today = LocalDate.now(clock);
        try {
            on = LocalDate.parse(form.happenedOn() == null ? "" : form.happenedOn().strip());
            if (on.isAfter(today.plusDays(1)) || on.isBefore(today.minusYears(20))) {
                errors.put("happenedOn", "graduateFile.error.date");
            }
        } catch (java.time.format.DateTimeParseException e) {
            errors.put("happenedOn", "graduateFile.error.date");
        }
        String note = form.note() == null ? "" : form.note().strip();
        if (note.isEmpty()) {
            errors.put("note", "graduateFile.error.noteEmpty");
        } else if (note.length() > InteractionLog.MAX_NOTE) {
            errors.put("note", "graduateFile.error.noteLong");
        } else if (TextRules.firstForbidden(note) >= 0) {
            errors.put("note", "graduateFile.error.noteControl");
        }
        if (errors.isEmpty()) {
            log.add(graduateId, kind, on, note, viewer.accountId(), viewer.displayName());
        }
        return errors;
    }
}
