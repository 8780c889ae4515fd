package org.migracode.talent.portal.register;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.PortalProblems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The employer's one-click confirmation over REST: RECRUITER of the placement's company only (else 403 by role, 404 by tenant). */
@RestController
@RequestMapping("/api/v1")
class RegisterApiController {

    private final HireService hires;
    private final PortalProblems refusals;

    RegisterApiController(HireService hires, PortalProblems refusals) {
        this.hires = hires;
        this.refusals = refusals;
    }

    @Operation(summary = "Confirm a hire at my company in one click (the placement is recorded as confirmed by the employer; "
            + "another company's or an unknown placement: 404).", description = "Roles: RECRUITER (their company's placements).")
    @PostMapping("/placements/{id}/employer-confirmation")
    HireService.Hire confirm(Viewer viewer, @PathVariable UUID id) {
        Viewer p = viewer;
        return hires.confirm(p.companyId(), p.accountId(), id);
    }

    /** A placement id that is not a UUID is "not found", like an unknown one (other refusals: system.ApiExceptionHandler). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail notFound() {
        return refusals.of(new RegisterNotFoundException("hire"));
    }
}
