package org.migracode.talent.portal.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.placement.EmploymentCheckIn;
import org.migracode.talent.index.placement.EmploymentCheckInRepository;
import org.migracode.talent.index.placement.Placement;
import org.migracode.talent.index.placement.PlacementEvidence;
import org.migracode.talent.index.placement.PlacementEvidenceRepository;
import org.migracode.talent.index.placement.PlacementRepository;
import org.migracode.talent.index.placement.PlacementSource;
import org.migracode.talent.index.placement.StudentOutcome;
import org.migracode.talent.index.placement.StudentOutcomeRepository;
import org.migracode.talent.portal.outcomes.Views.CheckInView;
import org.migracode.talent.portal.outcomes.Views.CohortStudents;
import org.migracode.talent.portal.outcomes.Views.EvidenceFile;
import org.migracode.talent.portal.outcomes.Views.EvidenceView;
import org.migracode.talent.portal.outcomes.Views.GraduateOutcome;
import org.migracode.talent.portal.outcomes.Views.Graduation;
import org.migracode.talent.portal.outcomes.Views.PlacementView;
import org.migracode.talent.portal.outcomes.Views.StudentLine;
import org.migracode.talent.portal.school.SchoolSettings;
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
 */
@Service
@Transactional
class OutcomeService {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 2000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final StudentOutcomeRepository outcomes;
    private final PlacementRepository placements;
    private final EmploymentCheckInRepository checkIns;
    private final PlacementEvidenceRepository evidence;
    private final CompanyRepository companies;
    private final JdbcTemplate jdbc;
    private final SchoolSettings school;

    OutcomeService(StudentOutcomeRepository outcomes, PlacementRepository placements, EmploymentCheckInRepository checkIns,
            PlacementEvidenceRepository evidence, CompanyRepository companies, JdbcTemplate jdbc, SchoolSettings school) {
        this.school = school;
        this.outcomes = outcomes;
        this.placements = placements;
        this.checkIns = checkIns;
        this.evidence = evidence;
        this.companies = companies;
        this.jdbc = jdbc;
    }

    /** A graduate's cohort and name, as read for the page. */
    private record Graduate(UUID id, String displayName, UUID cohortId, String cohortName, LocalDate start, int lengthDays) {
        LocalDate onTimeBy() {
            return start.plusDays(lengthDays);
        }

        LocalDate within150By() {
            return start.plusDays((lengthDays * 3 + 1) / 2);
        }

        Graduation graduation(LocalDate graduatedOn) {
            if (graduatedOn == null) {
                return Graduation.NOT_GRADUATED;
            }
            return !graduatedOn.isAfter(onTimeBy()) ? Graduation.ON_TIME
                    : !graduatedOn.isAfter(within150By()) ? Graduation.LATE : Graduation.BEYOND_150;
        }
    }

    // --- reading --------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public GraduateOutcome outcome(UUID graduateId) {
        return view(graduate(graduateId));
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public PlacementView placement(UUID placementId) {
        return view(placements.findById(placementId).orElseThrow(() -> new OutcomeNotFoundException("placement", placementId)));
    }

    /** Partner companies for the placement form's select, by name. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<UUID, String> companies() {
        Map<UUID, String> byName = new LinkedHashMap<>();
        companies.findAll(org.springframework.data.domain.Sort.by("name")).forEach(c -> byName.put(c.getId(), c.getName()));
        return byName;
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
        Graduate shape = new Graduate(null, null, cohortId, (String) c.get("name"), start, ((Number) c.get("length")).intValue());
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
        Graduate g = graduate(graduateId);
        Optional<StudentOutcome> existing = outcomes.findByGraduateId(graduateId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        LocalDate enrolledOn = existing.map(StudentOutcome::getEnrolledOn)
                .orElse(request.enrolledOn() == null ? g.start() : request.enrolledOn());
        if (request.intendsToSeek() == null) {
            errors.put("intendsToSeek", "outcomes.error.intendsToSeek");
        }
        if (request.status() == null) {
            errors.put("status", "outcomes.error.status");
        }
        if (existing.isEmpty() && (enrolledOn.isBefore(EARLIEST) || enrolledOn.isAfter(today))) {
            errors.put("enrolledOn", "outcomes.error.enrolledOn");
        }
        // a cohort's scheduled graduation may be recorded ahead of the day, but not years ahead
        if (request.graduatedOn() != null && (request.graduatedOn().isBefore(enrolledOn) || request.graduatedOn().isAfter(today.plusYears(1)))) {
            errors.put("graduatedOn", "outcomes.error.graduatedOn");
        }
        if (request.status() == OutcomeStatus.NOT_SEEKING && request.notSeekingReason() == null) {
            errors.put("notSeekingReason", "outcomes.error.notSeekingReason.required");
        }
        if (request.status() != null && request.status() != OutcomeStatus.NOT_SEEKING && request.notSeekingReason() != null) {
            errors.put("notSeekingReason", "outcomes.error.notSeekingReason.only");
        }
        if (request.lastConfirmedOn() != null && (request.lastConfirmedOn().isBefore(EARLIEST) || request.lastConfirmedOn().isAfter(today))) {
            errors.put("lastConfirmedOn", "outcomes.error.lastConfirmedOn");
        }
        if (existing.isPresent() && request.version() == null) {
            errors.put("version", "outcomes.error.version");
        }
        if (!errors.isEmpty()) {
            throw new InvalidOutcomeException(errors);
        }
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
        return view(g);
    }

    // --- placements -----------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public PlacementView createPlacement(UUID graduateId, PlacementRequest request, Viewer by) {
        Graduate g = graduate(graduateId);
        validate(request, false);
        Placement p = new Placement(UUID.randomUUID(), g.cohortId(), graduateId, request.kind(), request.inField(),
                request.startDate(), request.source());
        apply(p, request);
        p.setCreatedBy(by.accountId());
        outcomes.findByGraduateId(graduateId).ifPresent(o -> {
            p.setStudentOutcomeId(o.getId());
            followStatus(o, request.inField());
        });
        placements.saveAndFlush(p);
        return view(p);
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public PlacementView updatePlacement(UUID placementId, PlacementRequest request) {
        Placement p = placements.findById(placementId).orElseThrow(() -> new OutcomeNotFoundException("placement", placementId));
        validate(request, true);
        if (request.version() != p.getVersion()) {
            throw new StaleOutcomeException("the placement", p.getVersion(), request.version());
        }
        apply(p, request);
        placements.flush();
        return view(p);
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

    private void validate(PlacementRequest r, boolean update) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.companyId() == null && (r.employerName() == null || r.employerName().isBlank())) {
            errors.put("employer", "outcomes.error.employer");
        } else if (r.companyId() != null && !companies.existsById(r.companyId())) {
            errors.put("employer", "outcomes.error.company");
        } else if (r.companyId() == null && r.employerName().strip().length() > MAX_TEXT) {
            errors.put("employer", "outcomes.error.tooLong");
        }
        if (r.roleTitle() != null && r.roleTitle().strip().length() > MAX_TEXT) {
            errors.put("roleTitle", "outcomes.error.tooLong");
        }
        if (r.inField() == null) {
            errors.put("inField", "outcomes.error.inField");
        }
        if (r.kind() == null) {
            errors.put("kind", "outcomes.error.kind");
        }
        if (r.startDate() == null || r.startDate().isBefore(EARLIEST) || r.startDate().isAfter(LocalDate.now().plusYears(1))) {
            errors.put("startDate", "outcomes.error.startDate");
        }
        if (r.source() == null) {
            errors.put("source", "outcomes.error.source");
        }
        if (update && r.version() == null) {
            errors.put("version", "outcomes.error.version");
        }
        if (!errors.isEmpty()) {
            throw new InvalidOutcomeException(errors);
        }
    }

    // --- check-ins ------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public PlacementView recordCheckIn(UUID placementId, int months, CheckInRequest request, Viewer by) {
        Placement p = placements.findById(placementId).orElseThrow(() -> new OutcomeNotFoundException("placement", placementId));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!school.checkInMonths().contains(months)) {
            errors.put("months", "outcomes.error.months");
        }
        if (request.status() == null) {
            errors.put("status", "outcomes.error.checkInStatus");
        }
        if (request.checkedOn() == null || request.checkedOn().isBefore(p.getStartDate()) || request.checkedOn().isAfter(LocalDate.now())) {
            errors.put("checkedOn", "outcomes.error.checkedOn");
        }
        if (request.note() != null && request.note().strip().length() > MAX_NOTE) {
            errors.put("note", "outcomes.error.noteTooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidOutcomeException(errors);
        }
        EmploymentCheckIn c = checkIns.findByPlacementIdAndMonths(placementId, (short) months)
                .orElseGet(() -> new EmploymentCheckIn(UUID.randomUUID(), placementId, months));
        c.record(request.status(), request.checkedOn(), request.note(), by.accountId());
        checkIns.saveAndFlush(c);
        return view(p);
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

    // --- mapping --------------------------------------------------------------------------

    private Graduate graduate(UUID graduateId) {
        List<Graduate> rows = jdbc.query("""
                select g.id, g.display_name, c.id as cohort_id, c.name, c.start_date,
                       coalesce(c.program_length_days, greatest(c.graduation_date - c.start_date, 1)) as length
                from graduate_profile g left join cohort c on c.id = g.cohort_id where g.id = ?""",
                (rs, i) -> new Graduate(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getObject("cohort_id", UUID.class), rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                        rs.getInt("length")), graduateId);
        if (rows.isEmpty()) {
            throw new OutcomeNotFoundException("graduate", graduateId);
        }
        if (rows.get(0).cohortId() == null) {
            // outcomes are counted per cohort: a graduate outside every cohort has none to record
            throw new OutcomeNotFoundException("outcome of graduate (no cohort)", graduateId);
        }
        return rows.get(0);
    }

    private GraduateOutcome view(Graduate g) {
        List<PlacementView> placed = placements.findByGraduateIdOrderByStartDate(g.id()).stream().map(this::view).toList();
        return outcomes.findByGraduateId(g.id())
                .map(o -> new GraduateOutcome(g.id(), g.displayName(), g.cohortId(), g.cohortName(), g.start(), g.onTimeBy(),
                        g.within150By(), true, o.getEnrolledOn(), o.isIntendsToSeek(), o.getGraduatedOn(),
                        g.graduation(o.getGraduatedOn()), o.getStatus(), o.getNotSeekingReason(), o.getLastConfirmedOn(),
                        o.getVersion(), placed))
                .orElseGet(() -> new GraduateOutcome(g.id(), g.displayName(), g.cohortId(), g.cohortName(), g.start(), g.onTimeBy(),
                        g.within150By(), false, null, null, null, null, null, null, null, null, placed));
    }

    private PlacementView view(Placement p) {
        Map<Integer, EmploymentCheckIn> byMonths = new HashMap<>();
        checkIns.findByPlacementIdOrderByMonths(p.getId()).forEach(c -> byMonths.put(c.getMonths(), c));
        List<CheckInView> marks = new ArrayList<>();
        for (int months : school.checkInMonths()) {
            EmploymentCheckIn c = byMonths.get(months);
            marks.add(new CheckInView(months, p.getStartDate().plusMonths(months), c == null ? null : c.getStatus(),
                    c == null ? null : c.getCheckedOn(), c == null ? null : c.getNote()));
        }
        EvidenceView ev = jdbc.query("select file_name, content_type, uploaded_at from placement_evidence where placement_id = ?",
                rs -> rs.next() ? new EvidenceView(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()) : null, p.getId());
        String employer = p.getCompanyId() == null ? p.getEmployerName()
                : companies.findById(p.getCompanyId()).map(c -> c.getName()).orElse(p.getEmployerName());
        return new PlacementView(p.getId(), p.getGraduateId(), p.getCompanyId(), employer, p.getEmployerName(), p.getRoleTitle(),
                p.isInField(), p.getKind(), p.getStartDate(), p.getSalaryBand(), p.getSource(), p.getProposalId(), p.isHiredBySchool(),
                p.getVersion(), marks, ev);
    }
}
