package org.migracode.talent.portal.cvs;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.core.draft.ProfileDraft;
import org.migracode.talent.core.draft.ProfileDraftExtractor;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CV drafts: upload (a graduate for themself, a coach or admin for any graduate), review, and
 * confirmation by the graduate alone. Whose data is touched comes from the principal for a
 * graduate, never from the request; a recruiter is refused before anything is read. A refused
 * document ({@link CvRefused}) writes nothing.
 *
 * <p>Confirming publishes exactly the accepted suggestions: a headline replaces the headline; a
 * skill not yet held is added at level {@value CandidateSkill#DEFAULT_LEVEL} with source CV (a
 * skill already held keeps its level and source); a language is added or raised, never lowered; a
 * project is appended unless its link is already on the profile ({@link AcceptedSuggestions}).
 * Drafts are written by {@link CvDraftStore} and read back by {@link CvDraftViews}.
 */
@Service
@PreAuthorize("hasAnyRole('GRADUATE', 'COACH', 'ADMIN')")
class CvService {

    private final JdbcTemplate jdbc;
    private final GraduateRepository graduates;
    private final CvDocumentReader reader;
    private final CvProperties properties;
    private final AuditRecorder audit;
    private final Clock clock;
    private final CvDraftStore store;
    private final CvDraftViews views;
    private final ProfileDraftExtractor extractor;

    CvService(JdbcTemplate jdbc, GraduateRepository graduates, CvDocumentReader reader, CvProperties properties, AuditRecorder audit,
            ObjectProvider<Clock> clock, CvDraftStore store, CvDraftViews views) {
        this.store = store;
        this.extractor = store.extractor();
        this.views = views;
        this.jdbc = jdbc;
        this.graduates = graduates;
        this.reader = reader;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    /**
     * Reads a document into a new open draft for a graduate.
     *
     * @param graduateId the graduate (staff); ignored for a graduate, who always uploads for themself
     * @param keepFile   keep the original file: honoured only when the graduate uploads it themself
     * @throws CvRefused when the document cannot be read (nothing is stored)
     */
    @Transactional
    public DraftView upload(Viewer viewer, UUID graduateId, String fileName, byte[] bytes, boolean keepFile, Locale locale) {
        UUID target = target(viewer, graduateId);
        DocumentText text = reader.read(bytes, maxFileSize());
        GraduateProfile g = graduates.findById(target).orElseThrow(CvNotFound::new);
        ProfileDraft draft = extractor.extract(text.text(), text.headline());
        String name = cleanFileName(fileName);
        UUID id = store.create(g, text.kind(), name, viewer.accountId(), draft);
        if (keepFile && viewer.role() == Role.GRADUATE) {
            jdbc.update("insert into cv_file (id, graduate_id, file_name, media_type, size_bytes, content, stored_at) values (?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(), target, name == null ? "cv" : name, text.kind().mediaType, bytes.length, bytes,
                    Timestamp.from(clock.instant()));
        }
        if (viewer.role() != Role.GRADUATE) {
            audit.profileViewed(target);
        }
        return views.view(id, locale);
    }

    /** A graduate's name, for staff only (the staff page's heading). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public String graduateName(UUID graduateId) {
        return graduates.findById(graduateId).map(GraduateProfile::getDisplayName).orElseThrow(CvNotFound::new);
    }

    /** A draft, for its graduate or for staff. */
    @Transactional(readOnly = true)
    public DraftView draft(Viewer viewer, UUID draftId, Locale locale) {
        UUID owner = ownerOf(draftId);
        target(viewer, owner);
        if (viewer.role() != Role.GRADUATE) {
            audit.profileViewed(owner);
        }
        return views.view(draftId, locale);
    }

    /** The drafts of a graduate, newest first. */
    @Transactional(readOnly = true)
    public List<DraftView.Summary> drafts(Viewer viewer, UUID graduateId) {
        UUID target = target(viewer, graduateId);
        if (viewer.role() != Role.GRADUATE) {
            audit.profileViewed(target);
        }
        return jdbc.query("""
                select d.id, d.origin, d.file_name, d.created_at, d.status,
                       (select count(*) from cv_suggestion s where s.draft_id = d.id) as n
                from cv_draft d where d.graduate_id = ? order by d.created_at desc, d.id limit 50""",
                (rs, i) -> new DraftView.Summary(rs.getObject("id", UUID.class), rs.getString("origin"), rs.getString("file_name"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("status"), rs.getInt("n")), target);
    }

    /**
     * The graduate confirms the suggestions at {@code accepted} and drops the others; only those
     * reach the profile. A draft is decided once.
     *
     * @throws IllegalArgumentException naming a position the draft does not have
     * @throws IllegalStateException    when the draft was already confirmed or discarded
     */
    @Transactional
    @PreAuthorize("hasRole('GRADUATE')")
    public DraftView confirm(Viewer viewer, UUID draftId, Set<Integer> accepted, Locale locale) {
        UUID me = target(viewer, null);
        lockOpen(draftId, me);
        List<CvDraftViews.Row> rows = views.rows(draftId);
        Set<Integer> positions = new HashSet<>();
        rows.forEach(r -> positions.add(r.position()));
        for (Integer p : accepted) {
            if (p == null || !positions.contains(p)) {
                throw new IllegalArgumentException("accept: the draft has no suggestion " + p);
            }
        }
        GraduateProfile g = graduates.findById(me).orElseThrow(CvNotFound::new);
        AcceptedSuggestions.applyTo(g, rows, accepted);
        g.markActive(clock.instant());
        graduates.flush();
        jdbc.update("update cv_suggestion set accepted = false where draft_id = ?", draftId);
        jdbc.batchUpdate("update cv_suggestion set accepted = true where draft_id = ? and position = ?",
                accepted.stream().map(p -> new Object[] {draftId, p}).toList());
        jdbc.update("update cv_draft set status = 'CONFIRMED', decided_at = ? where id = ?", Timestamp.from(clock.instant()), draftId);
        return views.view(draftId, locale);
    }

    /** The graduate drops a whole draft; nothing of it reaches the profile. */
    @Transactional
    @PreAuthorize("hasRole('GRADUATE')")
    public void discard(Viewer viewer, UUID draftId) {
        UUID me = target(viewer, null);
        lockOpen(draftId, me);
        jdbc.update("update cv_suggestion set accepted = false where draft_id = ?", draftId);
        jdbc.update("update cv_draft set status = 'DISCARDED', decided_at = ? where id = ?", Timestamp.from(clock.instant()), draftId);
    }

    /** The graduate's kept original files (never their content). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('GRADUATE')")
    public List<DraftView.StoredFile> files(Viewer viewer) {
        return storedFiles(target(viewer, null));
    }

    /** A kept file's name, type and content, for its graduate only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('GRADUATE')")
    public StoredContent file(Viewer viewer, UUID fileId) {
        UUID me = target(viewer, null);
        List<StoredContent> found = jdbc.query("select file_name, media_type, content from cv_file where id = ? and graduate_id = ?",
                (rs, i) -> new StoredContent(rs.getString(1), rs.getString(2), rs.getBytes(3)), fileId, me);
        if (found.isEmpty()) {
            throw new CvNotFound();
        }
        return found.get(0);
    }

    /** The graduate deletes a kept file: gone from the database at once. */
    @Transactional
    @PreAuthorize("hasRole('GRADUATE')")
    public void deleteFile(Viewer viewer, UUID fileId) {
        if (jdbc.update("delete from cv_file where id = ? and graduate_id = ?", fileId, target(viewer, null)) == 0) {
            throw new CvNotFound();
        }
    }

    /** A kept file's content. */
    record StoredContent(String fileName, String mediaType, byte[] content) {
    }

    List<DraftView.StoredFile> storedFiles(UUID graduateId) {
        return jdbc.query("select id, file_name, media_type, size_bytes, stored_at from cv_file where graduate_id = ? order by stored_at desc, id",
                (rs, i) -> new DraftView.StoredFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()), graduateId);
    }

    // --- access ---------------------------------------------------------------------------

    /**
     * The graduate the caller may act on: a graduate only on themself (another id is "not found"),
     * staff on any existing graduate they name (their own "me" pages do not exist: 403), nobody else at all.
     */
    private UUID target(Viewer viewer, UUID requested) {
        Viewer p = viewer;
        if (p.role() == Role.GRADUATE) {
            if (p.graduateId() == null || (requested != null && !requested.equals(p.graduateId()))) {
                throw new CvNotFound();
            }
            return p.graduateId();
        }
        if (p.role() == Role.COACH || p.role() == Role.ADMIN) {
            if (requested == null) {
                throw new AccessDeniedException("staff act on a named graduate, not on themselves");
            }
            if (!graduates.existsById(requested)) {
                throw new CvNotFound();
            }
            return requested;
        }
        throw new AccessDeniedException("CVs are for the graduate and the school's staff");
    }

    private UUID ownerOf(UUID draftId) {
        List<UUID> owner = jdbc.queryForList("select graduate_id from cv_draft where id = ?", UUID.class, draftId);
        if (owner.isEmpty()) {
            throw new CvNotFound();
        }
        return owner.get(0);
    }

    private void lockOpen(UUID draftId, UUID graduateId) {
        List<String> status = jdbc.queryForList("select status from cv_draft where id = ? and graduate_id = ? for update", String.class,
                draftId, graduateId);
        if (status.isEmpty()) {
            throw new CvNotFound();
        }
        if (!"OPEN".equals(status.get(0))) {
            throw new IllegalStateException("this draft was already " + status.get(0).toLowerCase(Locale.ROOT));
        }
    }

    /** The file's own name without any path, control characters or more than 255 characters; null when nothing is left. */
    static String cleanFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(out::appendCodePoint);
        String clean = out.toString().strip();
        if (clean.length() > 255) {
            clean = clean.substring(0, 255);
        }
        return clean.isEmpty() ? null : clean;
    }
}
