package org.migracode.talent.portal.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recruiter confirms a hire at their own company in one click. Only placements at the
 * recruiter's company whose graduate is still open to it (not erased, not blocking it: the
 * existing rule {@link GraduateAccess#onProposals}) are theirs; anything else answers 404 exactly
 * like an unknown id. The confirmation documents the graduate's status (CIRR: documentation from
 * the employer). Recruiters never see fees or the graduate's outcome status.
 */
@Service
@Transactional
public class HireService {

    /** A hire the recruiter may confirm: only the name the company may see, the role and the start. */
    public record Hire(UUID placementId, String graduateName, String roleTitle, LocalDate startDate, boolean confirmed) {
    }

    private final JdbcTemplate jdbc;
    private final GraduateRepository graduates;
    private final GraduateAccess access;
    private final AuditRecorder audit;

    HireService(JdbcTemplate jdbc, GraduateRepository graduates, GraduateAccess access, AuditRecorder audit) {
        this.jdbc = jdbc;
        this.graduates = graduates;
        this.access = access;
        this.audit = audit;
    }

    private record Row(UUID id, UUID graduateId, String roleTitle, LocalDate start, boolean confirmed) {
    }

    /** The company's hires of the last two years, newest first. */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional(readOnly = true)
    public List<Hire> hires(UUID companyId) {
        List<Hire> out = new ArrayList<>();
        for (Row r : rows(companyId, null)) {
            GraduateProfile g = graduates.findById(r.graduateId()).orElse(null);
            if (g != null && access.onProposals(g, companyId).showsName()) {
                out.add(new Hire(r.id(), g.getDisplayName(), r.roleTitle(), r.start(), r.confirmed()));
            }
        }
        return out;
    }

    /** Confirms the hire (again: a no-op that keeps the first confirmation). */
    @PreAuthorize("hasRole('RECRUITER')")
    public Hire confirm(UUID companyId, UUID accountId, UUID placementId) {
        Row r = rows(companyId, placementId).stream().findFirst().orElseThrow(() -> new RegisterNotFoundException("hire"));
        GraduateProfile g = graduates.findById(r.graduateId()).orElse(null);
        if (g == null || !access.onProposals(g, companyId).showsName()) {
            throw new RegisterNotFoundException("hire");
        }
        if (!r.confirmed()) {
            jdbc.update("update placement set employer_confirmed_at = now(), employer_confirmed_by = ? where id = ?", accountId, placementId);
            audit.registerChanged(AuditAction.HIRE_CONFIRMED, g.getId(), "placement=" + placementId);
        }
        return new Hire(r.id(), g.getDisplayName(), r.roleTitle(), r.start(), true);
    }

    private List<Row> rows(UUID companyId, UUID placementId) {
        if (companyId == null) {
            return List.of();
        }
        String one = placementId == null ? " and start_date > current_date - 730" : " and id = ?";
        Object[] args = placementId == null ? new Object[] {companyId} : new Object[] {companyId, placementId};
        return jdbc.query("select id, graduate_id, role_title, start_date, employer_confirmed_at is not null from placement"
                + " where company_id = ? and graduate_id is not null" + one + " order by start_date desc, id",
                (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5)), args);
    }
}
