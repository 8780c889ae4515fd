package org.migracode.talent.portal.availability;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.UUID;
import org.migracode.talent.index.graduates.EmployerAvailability;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A graduate's work limits over REST: staff only; the answer says what employers now see. */
@RestController
@RequestMapping("/api/v1/graduates/{id}/work-limits")
class WorkLimitsApiController {

    private final WorkLimitsService service;

    WorkLimitsApiController(WorkLimitsService service) {
        this.service = service;
    }

    /** The staff-only limits and, under {@code shown}, what employers and the matcher see. */
    record Answer(UUID graduateId, LocalDate workPermitFrom, Integer hoursAllowedPerWeek, boolean internshipOnly, String staffNote,
                  EmployerAvailability shown) {
        static Answer of(WorkLimitsService.View v) {
            return new Answer(v.graduateId(), v.limits().workPermitFrom(), v.limits().hoursAllowedPerWeek(), v.limits().internshipOnly(),
                    v.limits().staffNote(), v.shown());
        }
    }

    record Request(LocalDate workPermitFrom, Integer hoursAllowedPerWeek, Boolean internshipOnly, String staffNote) {
    }

    @Operation(summary = "A graduate's work limits", description = "Staff only: work-permit date, hours allowed per week, "
            + "internships only, a note; and what employers see instead (shown). Roles: COACH, ADMIN.")
    @GetMapping
    Answer get(@PathVariable UUID id) {
        return Answer.of(service.get(id));
    }

    @Operation(summary = "Set a graduate's work limits", description = "Replaces all four fields (a field left out is cleared). "
            + "Employers and the matcher see only the earliest start, eligibility for internship / part-time / full-time and the "
            + "hours per week. Roles: COACH, ADMIN.")
    @PutMapping
    Answer put(@PathVariable UUID id, @RequestBody(required = false) Request r) {
        if (r == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        return Answer.of(service.save(id, new WorkLimits(r.workPermitFrom(), r.hoursAllowedPerWeek(),
                Boolean.TRUE.equals(r.internshipOnly()), r.staffNote())));
    }
}
