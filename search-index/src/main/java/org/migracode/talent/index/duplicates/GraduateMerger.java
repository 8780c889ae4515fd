package org.migracode.talent.index.duplicates;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditActor;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.audit.AuditRecord;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateSkill;
import org.migracode.talent.index.graduates.PortfolioProject;
import org.migracode.talent.index.graduates.SpokenLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of one graduate into the older one, and undoes a merge within
 * {@link #UNDO_WINDOW}.
 *
 * <p>A merge keeps the older record's id. It adds to it what only the newer record has: skills
 * (each with its own source), languages, portfolio projects, blocked companies (a block is never
 * lost), and empty contact and profile fields; it moves the newer record's proposals (except one
 * for a listing the kept record already has), placements, outcome (when the kept record has
 * none), notices, interaction log and sign-in account (when the kept record has none). If either
 * record was hidden from employers, the kept one is hidden (the stricter decision wins). The newer
 * record stays, merged and inactive, out of the index and every list, so undo can give back
 * exactly what the {@link MergeLedger} says came from it. Audit entries are append-only and stay
 * about the record they were written for; the merge record links the two.
 *
 * <p>Everything goes through JPA for the graduate rows, so Hibernate Search drops the merged
 * record's document and reindexes the kept one when the transaction commits. Authorization is
 * the caller's.
 */
@Service
public class GraduateMerger {

    /** How long a merge can be undone. */
    public static final Duration UNDO_WINDOW = Duration.ofDays(30);

    /** A merge as stored. */
    public record Merge(UUID id, UUID pairId, UUID keptId, UUID mergedId, UUID mergedBy, Instant mergedAt,
                        Instant undoneAt, MergeLedger ledger) {

        /** Whether it can still be undone at {@code now}. */
        public boolean undoable(Instant now) {
            return undoneAt == null && now.isBefore(mergedAt.plus(UNDO_WINDOW));
        }
    }

    /** Why a merge or undo was refused. */
    public static final class MergeRefused extends RuntimeException {
        public MergeRefused(String message) {
            super(message);
        }
    }

    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final DuplicatePairs pairs;
    private final AuditLog audit;
    private final Clock clock;

    public GraduateMerger(EntityManager em, JdbcTemplate jdbc, DuplicatePairs pairs, AuditLog audit, ObjectProvider<Clock> clock) {
        this.em = em;
        this.jdbc = jdbc;
        this.pairs = pairs;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Merges the two records of an open pair.
     *
     * @throws MergeRefused when the pair is not open or a record is gone or already merged
     */
    @Transactional
    public Merge merge(UUID pairId, AuditActor actor) {
        DuplicatePairs.Pair pair = pairs.find(pairId).filter(p -> p.status() == DuplicatePairs.Status.OPEN)
                .orElseThrow(() -> new MergeRefused("the pair is not open"));
        GraduateProfile a = live(pair.graduateA());
        GraduateProfile b = live(pair.graduateB());
        Comparator<GraduateProfile> older = Comparator.comparing(GraduateProfile::getCreatedAt)
                .thenComparing(g -> g.getId().toString());
        GraduateProfile kept = older.compare(a, b) <= 0 ? a : b;
        GraduateProfile merged = kept == a ? b : a;
        MergeLedger ledger = new MergeLedger();

        Set<String> keptSkills = new HashSet<>(kept.getSkillIds());
        for (GraduateSkill s : merged.getSkills()) {
            if (keptSkills.add(s.getSkillId())) {
                kept.putSkill(s.getSkillId(), s.getLevel(), s.getSource());
                ledger.add("skill", s.getSkillId());
            }
        }
        Set<String> keptLanguages = new HashSet<>(kept.getLanguageCodes());
        for (SpokenLanguage l : merged.getLanguages()) {
            if (keptLanguages.add(l.getCode())) {
                kept.putLanguage(l.getCode(), l.getLevel());
                ledger.add("language", l.getCode());
            }
        }
        Set<String> keptTitles = new HashSet<>();
        kept.getProjects().forEach(p -> keptTitles.add(p.getTitle().strip().toLowerCase(Locale.ROOT)));
        for (PortfolioProject p : merged.getProjects()) {
            if (keptTitles.add(p.getTitle().strip().toLowerCase(Locale.ROOT))) {
                kept.addProject(new PortfolioProject(p.getTitle(), p.getDescription(), p.getUrl(), p.getTechnologies()));
                ledger.add("project", p.getTitle());
            }
        }
        for (UUID company : merged.getBlockedCompanies()) {
            if (!kept.blocks(company)) {
                kept.blockCompany(company);
                ledger.add("blocked", company);
            }
        }
        fill(ledger, "email", kept, merged, GraduateProfile::getEmail, GraduateProfile::setEmail);
        fill(ledger, "phone", kept, merged, GraduateProfile::getPhone, GraduateProfile::setPhone);
        fill(ledger, "headline", kept, merged, GraduateProfile::getHeadline, GraduateProfile::setHeadline);
        fill(ledger, "summary", kept, merged, GraduateProfile::getSummary, GraduateProfile::setSummary);
        fill(ledger, "city", kept, merged, GraduateProfile::getCity, GraduateProfile::setCity);
        fill(ledger, "cohort", kept, merged, GraduateProfile::getCohortId, GraduateProfile::setCohortId);
        if (kept.getAvailableFrom() == null && merged.getAvailableFrom() != null) {
            kept.setAvailableFrom(merged.getAvailableFrom());
            ledger.add("availableFrom", merged.getAvailableFrom());
        }
        if (kept.isVisibleToEmployers() && !merged.isVisibleToEmployers()) {
            ledger.add("hidden", kept.getConsentBasis() == null ? "" : kept.getConsentBasis());
            kept.recordConsent(false, kept.getConsentBasis());
        }

        UUID k = kept.getId();
        UUID m = merged.getId();
        move(ledger, "proposal", "select id from proposal where graduate_id = ? and listing_id not in"
                + " (select listing_id from proposal where graduate_id = ?)", "proposal", m, k);
        move(ledger, "placement", "select id from placement where graduate_id = ? and ? is not null", "placement", m, k);
        move(ledger, "outcome", "select id from student_outcome where graduate_id = ? and not exists"
                + " (select 1 from student_outcome where graduate_id = ?)", "student_outcome", m, k);
        move(ledger, "notice", "select id from graduate_notification where graduate_id = ? and ? is not null",
                "graduate_notification", m, k);
        move(ledger, "interaction", "select id from graduate_interaction where graduate_id = ? and ? is not null",
                "graduate_interaction", m, k);
        // company notes and CV drafts/files (issues #17, #18) follow the person; tags, shortlists and
        // saved-search memories (keyed by graduate) and staff work limits stay with the merged-away record
        move(ledger, "note", "select id from graduate_note where graduate_id = ? and ? is not null", "graduate_note", m, k);
        move(ledger, "cvDraft", "select id from cv_draft where graduate_id = ? and ? is not null", "cv_draft", m, k);
        move(ledger, "cvFile", "select id from cv_file where graduate_id = ? and ? is not null", "cv_file", m, k);
        move(ledger, "account", "select id from user_account where graduate_id = ? and not exists"
                + " (select 1 from user_account where graduate_id = ?)", "user_account", m, k);

        merged.mergeInto(k);
        em.flush();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("insert into graduate_merge (id, pair_id, kept_id, merged_id, merged_by, merged_at, moved)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, pairId, k, m, actor.accountId(), Timestamp.from(now), ledger.encode());
        pairs.setStatus(pairId, DuplicatePairs.Status.MERGED, actor.accountId());
        audit.recordWithin(actor, new AuditRecord(AuditAction.GRADUATES_MERGED, k, null, null, null, null, "merge " + id + ": kept"));
        audit.recordWithin(actor, new AuditRecord(AuditAction.GRADUATES_MERGED, m, null, null, null, null, "merge " + id + ": merged away"));
        return new Merge(id, pairId, k, m, actor.accountId(), now, null, ledger);
    }

    /**
     * Undoes a merge: the merged record comes back (active, indexed) with everything that moved
     * from it, and what was added to the kept record from it is taken away again. A value the
     * staff changed on the kept record since the merge stays as they left it.
     *
     * @throws MergeRefused when the merge is unknown, already undone or older than {@link #UNDO_WINDOW}
     */
    @Transactional
    public Merge undo(UUID mergeId, AuditActor actor) {
        Merge merge = find(mergeId).orElseThrow(() -> new MergeRefused("no such merge"));
        Instant now = clock.instant();
        if (!merge.undoable(now)) {
            throw new MergeRefused(merge.undoneAt() != null ? "the merge was already undone" : "the merge is older than 30 days");
        }
        GraduateProfile kept = em.find(GraduateProfile.class, merge.keptId());
        GraduateProfile merged = em.find(GraduateProfile.class, merge.mergedId());
        if (kept == null || merged == null || !Objects.equals(merged.getMergedInto(), kept.getId())) {
            throw new MergeRefused("the records of this merge changed since");
        }
        MergeLedger ledger = merge.ledger();
        ledger.get("skill").forEach(kept::removeSkill);
        List<SpokenLanguage> languages = kept.getLanguages().stream().filter(l -> !ledger.get("language").contains(l.getCode())).toList();
        kept.replaceLanguages(languages);
        List<String> titles = new java.util.ArrayList<>(ledger.get("project"));
        kept.replaceProjects(kept.getProjects().stream().filter(p -> !titles.remove(p.getTitle())).toList());
        ledger.get("blocked").forEach(c -> kept.unblockCompany(UUID.fromString(c)));
        unfill(ledger, "email", kept, GraduateProfile::getEmail, GraduateProfile::setEmail);
        unfill(ledger, "phone", kept, GraduateProfile::getPhone, GraduateProfile::setPhone);
        unfill(ledger, "headline", kept, GraduateProfile::getHeadline, GraduateProfile::setHeadline);
        unfill(ledger, "summary", kept, GraduateProfile::getSummary, GraduateProfile::setSummary);
        unfill(ledger, "city", kept, GraduateProfile::getCity, GraduateProfile::setCity);
        String cohort = ledger.one("cohort");
        if (cohort != null && kept.getCohortId() != null && cohort.equals(kept.getCohortId().toString())) {
            kept.setCohortId(null);
        }
        String available = ledger.one("availableFrom");
        if (available != null && kept.getAvailableFrom() != null && available.equals(kept.getAvailableFrom().toString())) {
            kept.setAvailableFrom(null);
        }
        String hidden = ledger.one("hidden");
        if (hidden != null && !kept.isVisibleToEmployers()) {
            kept.recordConsent(true, hidden.isEmpty() ? GraduateProfile.SELF : hidden);
        }
        for (Map.Entry<String, String> kind : MOVABLE.entrySet()) {
            for (String rowId : ledger.get(kind.getKey())) {
                jdbc.update("update " + kind.getValue() + " set graduate_id = ? where id = ? and graduate_id = ?",
                        merge.mergedId(), UUID.fromString(rowId), merge.keptId());
            }
        }
        merged.mergeInto(null);
        em.flush();
        jdbc.update("update graduate_merge set undone_at = ?, undone_by = ? where id = ?", Timestamp.from(now), actor.accountId(), mergeId);
        if (merge.pairId() != null) {
            pairs.setStatus(merge.pairId(), DuplicatePairs.Status.OPEN, actor.accountId());
        }
        audit.recordWithin(actor, new AuditRecord(AuditAction.MERGE_UNDONE, merge.keptId(), null, null, null, null, "merge " + mergeId));
        audit.recordWithin(actor, new AuditRecord(AuditAction.MERGE_UNDONE, merge.mergedId(), null, null, null, null, "merge " + mergeId));
        return find(mergeId).orElseThrow();
    }

    /** Ledger kinds of rows that move by their {@code graduate_id}, and their tables. */
    private static final Map<String, String> MOVABLE = Map.of("proposal", "proposal", "placement", "placement",
            "outcome", "student_outcome", "notice", "graduate_notification", "interaction", "graduate_interaction",
            "account", "user_account", "note", "graduate_note", "cvDraft", "cv_draft", "cvFile", "cv_file");

    @Transactional(readOnly = true)
    public Optional<Merge> find(UUID mergeId) {
        return jdbc.query("select * from graduate_merge where id = ?", (rs, i) -> merge(rs), mergeId).stream().findFirst();
    }

    /** The latest merges (undone ones too), newest first. */
    @Transactional(readOnly = true)
    public List<Merge> recent(int limit) {
        return jdbc.query("select * from graduate_merge order by merged_at desc, id limit ?", (rs, i) -> merge(rs), limit);
    }

    /** The records merged into {@code keptId} and not given back. */
    @Transactional(readOnly = true)
    public List<UUID> mergedInto(UUID keptId) {
        return jdbc.queryForList("select id from graduate_profile where merged_into = ?", UUID.class, keptId);
    }

    private static Merge merge(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp undone = rs.getTimestamp("undone_at");
        return new Merge(rs.getObject("id", UUID.class), rs.getObject("pair_id", UUID.class), rs.getObject("kept_id", UUID.class),
                rs.getObject("merged_id", UUID.class), rs.getObject("merged_by", UUID.class), rs.getTimestamp("merged_at").toInstant(),
                undone == null ? null : undone.toInstant(), MergeLedger.decode(rs.getString("moved")));
    }

    private GraduateProfile live(UUID id) {
        GraduateProfile g = em.find(GraduateProfile.class, id);
        if (g == null || g.getMergedInto() != null) {
            throw new MergeRefused("a record of the pair is gone or already merged");
        }
        return g;
    }

    private void move(MergeLedger ledger, String kind, String select, String table, UUID from, UUID to) {
        for (UUID rowId : jdbc.queryForList(select, UUID.class, from, to)) {
            jdbc.update("update " + table + " set graduate_id = ? where id = ?", to, rowId);
            ledger.add(kind, rowId);
        }
    }

    private static <T> void fill(MergeLedger ledger, String kind, GraduateProfile kept, GraduateProfile merged,
            Function<GraduateProfile, T> get, BiConsumer<GraduateProfile, T> set) {
        T value = get.apply(merged);
        T current = get.apply(kept);
        if ((current == null || current.toString().isBlank()) && value != null && !value.toString().isBlank()) {
            set.accept(kept, value);
            ledger.add(kind, value);
        }
    }

    private static void unfill(MergeLedger ledger, String kind, GraduateProfile kept, Function<GraduateProfile, String> get,
            BiConsumer<GraduateProfile, String> set) {
        String filled = ledger.one(kind);
        if (filled != null && filled.equals(get.apply(kept))) {
            set.accept(kept, null);
        }
    }
}
