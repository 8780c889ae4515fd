package org.migracode.talent.portal.duplicates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.duplicates.DuplicatePairs;
import org.migracode.talent.index.duplicates.GraduateMerger;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.audit.AuditRecord;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicates queue for staff (coaches and admins; everyone else gets 403 from method
 * security): open pairs with both records' evidence, merge, "not a duplicate", recent merges and
 * undo. Showing a pair is recorded in the audit log like opening both profiles.
 */
@Service
@PreAuthorize("hasAnyRole('COACH','ADMIN')")
class DuplicateService {

    static final int QUEUE_SIZE = 100;
    static final int RECENT_MERGES = 20;

    private final DuplicatePairs pairs;
    private final GraduateMerger merger;
    private final GraduateRepository graduates;
    private final JdbcTemplate jdbc;
    private final AuditRecorder recorder;
    private final AuditLog audit;
    private final Clock clock;

    DuplicateService(DuplicatePairs pairs, GraduateMerger merger, GraduateRepository graduates, JdbcTemplate jdbc,
            AuditRecorder recorder, AuditLog audit, ObjectProvider<Clock> clock) {
        this.pairs = pairs;
        this.merger = merger;
        this.graduates = graduates;
        this.jdbc = jdbc;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Open pairs, oldest first, with names only (the evidence is on each pair's page). */
    @Transactional(readOnly = true)
    public List<PairView> queue() {
        List<PairView> out = new ArrayList<>();
        for (DuplicatePairs.Pair p : pairs.open(QUEUE_SIZE)) {
            out.add(view(p, false));
        }
        return out;
    }

    /** One open pair with both records' evidence. */
    @Transactional(readOnly = true)
    public PairView pair(UUID id) {
        DuplicatePairs.Pair p = pairs.find(id).filter(x -> x.status() == DuplicatePairs.Status.OPEN)
                .orElseThrow(DuplicateNotFoundException::new);
        PairView view = view(p, true);
        if (view.merged() == null) {
            throw new DuplicateNotFoundException();
        }
        recorder.profileViewed(view.kept().id());
        recorder.profileViewed(view.merged().id());
        return view;
    }

    /** @return the merge's id; @throws GraduateMerger.MergeRefused when the pair is no longer open */
    @Transactional
    public UUID merge(UUID pairId) {
        pairs.find(pairId).orElseThrow(DuplicateNotFoundException::new);
        return merger.merge(pairId, AuditRecorder.currentActor()).id();
    }

    /** Remembers that the pair is two people; @return false when it was no longer open. */
    @Transactional
    public boolean dismiss(UUID pairId) {
        DuplicatePairs.Pair p = pairs.find(pairId).orElseThrow(DuplicateNotFoundException::new);
        boolean done = pairs.dismiss(pairId, AuditRecorder.currentActor().accountId());
        if (done) {
            audit.recordWithin(AuditRecorder.currentActor(), new AuditRecord(AuditAction.DUPLICATE_DISMISSED, p.graduateA(), null,
                    null, null, null, "pair " + pairId));
            audit.recordWithin(AuditRecorder.currentActor(), new AuditRecord(AuditAction.DUPLICATE_DISMISSED, p.graduateB(), null,
                    null, null, null, "pair " + pairId));
        }
        return done;
    }

    /** @throws GraduateMerger.MergeRefused when already undone, too old, or the records changed */
    @Transactional
    public GraduateMerger.Merge undo(UUID mergeId) {
        merger.find(mergeId).orElseThrow(DuplicateNotFoundException::new);
        return merger.undo(mergeId, AuditRecorder.currentActor());
    }

    /** The latest merges, newest first. */
    @Transactional(readOnly = true)
    public List<MergeView> recentMerges() {
        List<MergeView> out = new ArrayList<>();
        for (GraduateMerger.Merge m : merger.recent(RECENT_MERGES)) {
            String by = m.mergedBy() == null ? null : jdbc.query("select display_name from user_account where id = ?",
                    rs -> rs.next() ? rs.getString(1) : null, m.mergedBy());
            out.add(new MergeView(m.id(), m.keptId(), name(m.keptId()), name(m.mergedId()), m.mergedAt(), by, m.undoneAt(),
                    m.undoable(clock.instant())));
        }
        return out;
    }

    private String name(UUID id) {
        return graduates.findById(id).map(GraduateProfile::getDisplayName).orElse("—");
    }

    private PairView view(DuplicatePairs.Pair p, boolean evidence) {
        GraduateProfile a = graduates.findById(p.graduateA()).orElse(null);
        GraduateProfile b = graduates.findById(p.graduateB()).orElse(null);
        if (a == null || b == null) {
            return new PairView(p.id(), a == null ? null : evidence(a, false), null, List.of(), p.detectedAt());
        }
        List<GraduateProfile> both = new ArrayList<>(List.of(a, b));
        both.sort(Comparator.comparing(GraduateProfile::getCreatedAt).thenComparing(g -> g.getId().toString()));
        List<String> reasons = p.reasons().stream().map(r -> "duplicates.reason." + r.name()).toList();
        return new PairView(p.id(), evidence(both.get(0), evidence), evidence(both.get(1), evidence), reasons, p.detectedAt());
    }

    private RecordEvidence evidence(GraduateProfile g, boolean full) {
        if (!full) {
            return new RecordEvidence(g.getId(), g.getDisplayName(), null, null, cohort(g.getCohortId()), null, null,
                    g.getCreatedAt(), g.isVisibleToEmployers(), List.of(), List.of(), List.of(), 0, 0, null);
        }
        List<String> skills = g.getSkills().stream().sorted(Comparator.comparing(s -> s.getSkillId()))
                .map(s -> s.getSkillId() + " (" + s.getLevel() + ", " + s.getSource().name().toLowerCase(Locale.ROOT) + ")").toList();
        List<String> languages = g.getLanguages().stream().map(l -> l.getCode() + " " + l.getLevel()).sorted().toList();
        List<String> projects = g.getProjects().stream().map(pr -> pr.getTitle()).toList();
        Map<String, Object> counts = jdbc.queryForMap("select (select count(*) from proposal where graduate_id = ?) as proposals,"
                + " (select count(*) from placement where graduate_id = ?) as placements,"
                + " (select min(username) from user_account where graduate_id = ?) as account", g.getId(), g.getId(), g.getId());
        return new RecordEvidence(g.getId(), g.getDisplayName(), g.getEmail(), g.getPhone(), cohort(g.getCohortId()), g.getCity(),
                g.getHeadline(), g.getCreatedAt(), g.isVisibleToEmployers(), skills, languages, projects,
                ((Number) counts.get("proposals")).intValue(), ((Number) counts.get("placements")).intValue(),
                (String) counts.get("account"));
    }

    private String cohort(UUID cohortId) {
        return cohortId == null ? null : jdbc.query("select name from cohort where id = ?", rs -> rs.next() ? rs.getString(1) : null,
                cohortId);
    }
}
