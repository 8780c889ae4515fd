package org.migracode.talent.portal.register;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

    RegisterApiController(HireService hires) {
        this.hires = hires;
    }

    @Operation(summary = "Confirm a hire at my company in one click (the placement is recorded as confirmed by the employer; "
            + "another company's or an unknown placement: 404).", description = "Roles: RECRUITER (their company's placements).")
    @PostMapping("/placements/{id}/employer-confirmation")
    HireService.Hire confirm(Viewer viewer, @PathVariable UUID id) {
        Viewer p = viewer;
        return hires.confirm(p.companyId(), p.accountId(), id);
    }

    @ExceptionHandler({RegisterNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such hire at your company");
        p.setType(ProblemTypes.of("not-found"));
        p.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
