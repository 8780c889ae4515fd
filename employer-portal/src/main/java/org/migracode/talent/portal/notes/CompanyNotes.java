package org.migracode.talent.portal.notes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes and tags of a company on a graduate. Who may do what:
 * <ul>
 *   <li>a recruiter reads and writes their own company's notes and tags, on graduates
 *       {@link GraduateAccess} shows their company (anyone else is not found, like an unknown id);</li>
 *   <li>staff (coaches, admins) read every company's, named by company, and write none;</li>
 *   <li>nobody else reads any (a graduate sees them only in their data download).</li>
 * </ul>
 * Reading them happens on the profile page, whose view is recorded in the audit log.
 */
@Service
public class CompanyNotes {

    static final int MAX_NOTE = 2000;
    static final int MAX_TAG = 40;
    static final int MAX_TAGS = 20;

    private final JdbcTemplate jdbc;
    private final GraduateAccess access;
    private final GraduateRepository graduates;

    CompanyNotes(JdbcTemplate jdbc, GraduateAccess access, GraduateRepository graduates) {
        this.jdbc = jdbc;
        this.access = access;
        this.graduates = graduates;
    }

    /** A note as the viewer sees it; {@code company} is shown to staff only. */
    public record Note(UUID id, String company, String author, String body, Instant createdAt, boolean deletable) {
    }

    /** A tag as the viewer sees it; {@code company} is shown to staff only. */
    public record Tag(String company, String label) {
    }

    /** What the viewer sees on a profile; {@code writable} when they may add notes and tags. */
    public record Notes(List<Note> notes, List<Tag> tags, boolean writable) {
    }

    /**
     * The notes and tags the viewer may see on graduate {@code graduateId}; empty for graduates and
     * for a recruiter who may not see the graduate.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Notes> on(Viewer viewer, UUID graduateId) {
        if (viewer.role() == Role.GRADUATE) {
            return Optional.empty();
        }
        if (viewer.role() == Role.RECRUITER) {
            if (viewer.companyId() == null || access.findShownTo(viewer.companyId(), graduateId).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Notes(
                    jdbc.query("select n.id, n.body, n.created_at, a.display_name from graduate_note n left join user_account a "
                                    + "on a.id = n.author_account_id where n.company_id = ? and n.graduate_id = ? order by n.created_at desc, n.id",
                            (rs, i) -> new Note(rs.getObject("id", UUID.class), null, rs.getString("display_name"), rs.getString("body"),
                                    rs.getTimestamp("created_at").toInstant(), true), viewer.companyId(), graduateId),
                    jdbc.query("select label from graduate_tag where company_id = ? and graduate_id = ? order by lower(label)",
                            (rs, i) -> new Tag(null, rs.getString("label")), viewer.companyId(), graduateId),
                    true));
        }
        if (graduates.findById(graduateId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Notes(
                jdbc.query("select n.id, n.body, n.created_at, a.display_name, c.name from graduate_note n join company c on c.id = n.company_id "
                                + "left join user_account a on a.id = n.author_account_id where n.graduate_id = ? order by n.created_at desc, n.id",
                        (rs, i) -> new Note(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("display_name"),
                                rs.getString("body"), rs.getTimestamp("created_at").toInstant(), false), graduateId),
                jdbc.query("select t.label, c.name from graduate_tag t join company c on c.id = t.company_id where t.graduate_id = ? "
                        + "order by c.name, lower(t.label)", (rs, i) -> new Tag(rs.getString("name"), rs.getString("label")), graduateId),
                false));
    }

    /** Adds a note of the recruiter's company. @return false when the graduate is not one the company may see */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional
    public boolean addNote(Viewer viewer, UUID graduateId, String body) {
        Viewer r = recruiterFor(viewer, graduateId).orElse(null);
        if (r == null) {
            return false;
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("notes.error.note");
        }
        jdbc.update("insert into graduate_note (id, company_id, graduate_id, author_account_id, body, created_at) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), r.companyId(), graduateId, r.accountId(), text, Timestamp.from(Instant.now()));
        return true;
    }

    /** Deletes a note of the recruiter's own company; false for another company's or an unknown note. */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional
    public boolean deleteNote(Viewer viewer, UUID graduateId, UUID noteId) {
        Viewer r = recruiterFor(viewer, graduateId).orElse(null);
        return r != null && jdbc.update("delete from graduate_note where id = ? and company_id = ? and graduate_id = ?", noteId,
                r.companyId(), graduateId) == 1;
    }

    /** Adds a tag of the recruiter's company (a tag already there is kept once). */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional
    public boolean addTag(Viewer viewer, UUID graduateId, String label) {
        Viewer r = recruiterFor(viewer, graduateId).orElse(null);
        if (r == null) {
            return false;
        }
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_TAG || clean.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("notes.error.tag");
        }
        Integer count = jdbc.queryForObject("select count(*) from graduate_tag where company_id = ? and graduate_id = ?", Integer.class,
                r.companyId(), graduateId);
        if (count != null && count >= MAX_TAGS) {
            throw new IllegalArgumentException("notes.error.tags");
        }
        jdbc.update("insert into graduate_tag (company_id, graduate_id, label, created_at) values (?, ?, ?, ?) on conflict do nothing",
                r.companyId(), graduateId, clean, Timestamp.from(Instant.now()));
        return true;
    }

    /** Removes a tag of the recruiter's company. */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional
    public boolean removeTag(Viewer viewer, UUID graduateId, String label) {
        Viewer r = recruiterFor(viewer, graduateId).orElse(null);
        if (r == null) {
            return false;
        }
        jdbc.update("delete from graduate_tag where company_id = ? and graduate_id = ? and label = ?", r.companyId(), graduateId,
                label == null ? "" : label.strip());
        return true;
    }

    /** The signed-in recruiter, if their company may see the graduate. */
    private Optional<Viewer> recruiterFor(Viewer viewer, UUID graduateId) {
        return Optional.of(viewer).filter(p -> p.role() == Role.RECRUITER && p.companyId() != null)
                .filter(p -> access.findShownTo(p.companyId(), graduateId).isPresent());
    }
}
