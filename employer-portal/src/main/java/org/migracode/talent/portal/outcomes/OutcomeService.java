package org.migracode.talent.portal.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.outcomes.EmploymentCheckIn;
import org.migracode.talent.index.outcomes.EmploymentCheckInRepository;
import org.migracode.talent.index.outcomes.Placement;
import org.migracode.talent.index.outcomes.PlacementEvidence;
import org.migracode.talent.index.outcomes.PlacementEvidenceRepository;
import org.migracode.talent.index.outcomes.PlacementRepository;
import org.migracode.talent.index.outcomes.PlacementSource;
import org.migracode.talent.index.outcomes.StudentOutcome;
import org.migracode.talent.index.outcomes.StudentOutcomeRepository;
import org.migracode.talent.portal.outcomes.Views.CohortStudents;
import org.migracode.talent.portal.outcomes.Views.EvidenceFile;
import org.migracode.talent.portal.outcomes.Views.EvidenceView;
import org.migracode.talent.portal.outcomes.Views.GraduateOutcome;
import org.migracode.talent.portal.outcomes.Views.PlacementView;
import org.migracode.talent.portal.outcomes.Views.StudentLine;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording outcomes, placements, check-ins and evidence. Coaches and admins only (method
 * security); the evidence download also answers everyone else with 404, as the file is staff-only
 * and its existence is not theirs to learn. Edits carry the version they were based on (409 when
 * stale). Recording an in-field placement for a graduate still seeking (or not reached) moves their
 * status to employed in field, as a proposal reaching HIRED does.
 *
 * <p>The input rules are {@link OutcomeValidation}'s and the mapping to views {@link OutcomeViews}'s;
 * this class keeps the use cases.
 */
@Service
@Transactional
class OutcomeService {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 2000;

    private final StudentOutcomeRepository outcomes;
    private final PlacementRepository placements;
    private final EmploymentCheckInRepository checkIns;
    private final PlacementEvidenceRepository evidence;
    private final CompanyRepository companies;
    private final JdbcTemplate jdbc;
    private final OutcomeValidation validation;
    private final OutcomeViews views;

    OutcomeService(StudentOutcomeRepository outcomes, PlacementRepository placements, EmploymentCheckInRepository checkIns,
            PlacementEvidenceRepository evidence, CompanyRepository companies, JdbcTemplate jdbc, OutcomeValidation validation,
            OutcomeViews views) {
        this.outcomes = outcomes;
        this.placements = placements;
        this.checkIns = checkIns;
        this.evidence = evidence;
        this.companies = companies;
        this.jdbc = jdbc;
        this.validation = validation;
        this.views = views;
    }

    // --- reading --------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public GraduateOutcome outcome(UUID graduateId) {
        return views.view(views.graduate(graduateId));
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public PlacementView placement(UUID placementId) {
        return views.view(placements.findById(placementId).orElseThrow(() -> new OutcomeNotFoundException("placement", placementId)));
    }

    /** Partner companies for the placement form's select, by name. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<UUID, String> companies() {
        return companies.namesInNameOrder();
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public CohortStudents cohort(UUID cohortId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select name, start_date, graduation_date,
                       coalesce(program_length_days, greatest(graduation_date - start_date, 1)) as length
                from cohort where id = ?""", cohortId);
        if (rows.isEmpty()) {
            throw new OutcomeNotFoundException("cohort", cohortId);
        }
        Map<String, Object> c = rows.get(0);
        LocalDate start = ((java.sql.Date) c.get("start_date")).toLocalDate();
        OutcomeViews.Graduate shape = new OutcomeViews.Graduate(null, null, cohortId, (String) c.get("name"), start, ((Number) c.get("length")).intValue());
        List<StudentLine> students = new ArrayList<>();
        jdbc.query("""
                select g.id as graduate_id, g.display_name, s.id as outcome_id, s.graduated_on, s.status, s.last_confirmed_on,
                       (select count(*) from placement p where p.student_outcome_id = s.id
                            or (s.id is null and p.graduate_id = g.id)) as placements
                from graduate_profile g full join (select * from student_outcome where cohort_id = ?) s on s.graduate_id = g.id
                where (g.cohort_id = ? and g.merged_into is null) or s.id is not null -- a merged-away record is not a student
                order by g.display_name nulls last, s.enrolled_on, s.id""", rs -> {
            LocalDate graduated = rs.getObject("graduated_on", LocalDate.class);
            boolean recorded = rs.getObject("outcome_id") != null;
            students.add(new StudentLine(rs.getObject("graduate_id", UUID.class), rs.getString("display_name"), recorded,
                    recorded ? shape.graduation(graduated) : null,
                    recorded ? OutcomeStatus.valueOf(rs.getString("status")) : null,
                    rs.getObject("last_confirmed_on", LocalDate.class), rs.getInt("placements")));
        }, cohortId, cohortId);
        return new CohortStudents(cohortId, shape.cohortName(), start, ((java.sql.Date) c.get("graduation_date")).toLocalDate(), students);
    }

    // --- the outcome ----------------------------------------------------------------------

    /** Creates the graduate's outcome row, or updates it when {@code request.version()} is the stored one. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public GraduateOutcome recordOutcome(UUID graduateId, OutcomeRequest request) {
        OutcomeViews.Graduate g = views.graduate(graduateId);
        Optional<StudentOutcome> existing = outcomes.findByGraduateId(graduateId);
        LocalDate enrolledOn = existing.map(StudentOutcome::getEnrolledOn)
                .orElse(request.enrolledOn() == null ? g.start() : request.enrolledOn());
        validation.outcome(request, existing, enrolledOn);
        StudentOutcome o;
        if (existing.isPresent()) {
            o = existing.get();
            if (request.version() != o.getVersion()) {
                throw new StaleOutcomeException("the outcome", o.getVersion(), request.version());
            }
        } else {
            o = new StudentOutcome(UUID.randomUUID(), g.cohortId(), graduateId, enrolledOn, request.intendsToSeek());
        }
        o.setIntendsToSeek(request.intendsToSeek());
        // left out of a PUT: kept (a partial update must not un-graduate anyone, issue #13); named null: cleared
        if (request.names("graduatedOn") || existing.isEmpty()) {
            o.setGraduatedOn(request.graduatedOn());
        }
        NotSeekingReason reason = request.status() == OutcomeStatus.NOT_SEEKING ? request.notSeekingReason() : null;
        o.recordStatus(request.status(), reason,
                request.names("lastConfirmedOn") || existing.isEmpty() ? request.lastConfirmedOn() : o.getLastConfirmedOn());
        outcomes.saveAndFlush(o);
        if (existing.isEmpty()) {
            // placements recorded before the outcome row (e.g. from HIRED) now count for this student
            for (Placement p : placements.findByGraduateIdOrderByStartDate(graduateId)) {
                if (p.getStudentOutcomeId() == null) {
                    p.setStudentOutcomeId(o.getId());
                }
            }
        }
        return views.view(g);
    }

    // --- placements -----------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public PlacementView createPlacement(UUID graduateId, PlacementRequest request, Viewer by) {
        OutcomeViews.Graduate g = views.graduate(graduateId);
        validation.placement(request, false);
        Placement p = new Placement(UUID.randomUUID(), g.cohortId(), graduateId, request.kind(), request.inField(),
                request.startDate(), request.source());
        apply(p, request);
        p.setCreatedBy(by.accountId());
        outcomes.findByGraduateId(graduateId).ifPresent(o -> {
            p.setStudentOutcomeId(o.getId());
            followStatus(o, request.inField());
        });
        placements.saveAndFlush(p);
        return views.view(p);
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public PlacementView updatePlacement(UUID placementId, PlacementRequest request) {
        Placement p = placements.findById(placementId).orElseThrow(() -> new OutcomeNotFoundException("placement", placementId));
        validation.placement(request, true);
        if (request.version() != p.getVersion()) {
            throw new StaleOutcomeException("the placement", p.getVersion(), request.version());
        }
        apply(p, request);
        placements.flush();
        return views.view(p);
    }

    private void apply(Placement p, PlacementRequest r) {
        p.setEmployer(r.companyId(), r.companyId() == null ? r.employerName() : null);
        // hiredBySchool left out (null) keeps what is stored: a partial PUT must not clear it (issue #13); the form always sends it
        boolean hiredBySchool = r.hiredBySchool() == null ? p.isHiredBySchool() : r.hiredBySchool();
        p.describe(r.roleTitle(), r.kind(), r.inField(), r.startDate(), r.salaryBand(), hiredBySchool);
        // the proposal link is kept when the source stays PROPOSAL; staff cannot invent one
        p.setSource(r.source(), r.source() == PlacementSource.PROPOSAL ? p.getProposalId() : null);
    }

    private void followStatus(StudentOutcome o, boolean inField) {
        if (o.getStatus() == OutcomeStatus.STILL_SEEKING || o.getStatus() == OutcomeStatus.COULD_NOT_CONTACT
                || (inField && o.getStatus() == OutcomeStatus.EMPLOYED_OUT_OF_FIELD)) {
            o.recordStatus(inField ? OutcomeStatus.EMPLOYED_IN_FIELD : OutcomeStatus.EMPLOYED_OUT_OF_FIELD, null, LocalDate.now());
        }
    }

    // --- check-ins ------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public PlacementView recordCheckIn(UUID placementId, int months, CheckInRequest request, Viewer by) {
        Placement p = placements.findById(placementId).orElseThrow(() -> new OutcomeNotFoundException("placement", placementId));
        validation.checkIn(p, months, request);
        EmploymentCheckIn c = checkIns.findByPlacementIdAndMonths(placementId, (short) months)
                .orElseGet(() -> new EmploymentCheckIn(UUID.randomUUID(), placementId, months));
        c.record(request.status(), request.checkedOn(), request.note(), by.accountId());
        checkIns.saveAndFlush(c);
        return views.view(p);
    }

    // --- evidence -------------------------------------------------------------------------

    /** Stores (or replaces) a placement's evidence; the type is sniffed from the bytes, the name sanitised. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public EvidenceView uploadEvidence(UUID placementId, String originalName, byte[] content, Viewer by) {
        if (!placements.existsById(placementId)) {
            throw new OutcomeNotFoundException("placement", placementId);
        }
        EvidenceFiles.Accepted accepted;
        try {
            accepted = EvidenceFiles.accept(originalName, content);
        } catch (IllegalArgumentException e) {
            throw new InvalidOutcomeException(Map.of("file", e.getMessage()));
        }
        evidence.findById(placementId).ifPresent(old -> {
            evidence.delete(old);
            evidence.flush();
        });
        PlacementEvidence saved = evidence.saveAndFlush(
                new PlacementEvidence(placementId, accepted.fileName(), accepted.contentType(), content, by.accountId()));
        return new EvidenceView(saved.getFileName(), saved.getContentType(), saved.getUploadedAt());
    }

    /** The evidence file; anyone but staff gets the same 404 as for a placement without one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceFile evidence(UUID placementId, Viewer by) {
        if (!by.staff()) {
            throw new OutcomeNotFoundException("evidence of placement", placementId);
        }
        PlacementEvidence e = evidence.findById(placementId)
                .orElseThrow(() -> new OutcomeNotFoundException("evidence of placement", placementId));
        return new EvidenceFile(e.getFileName(), e.getContentType(), e.getContent());
    }


}
