package org.migracode.talent.portal.outcomes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.migracode.talent.index.outcomes.PlacementEvidence;
import org.migracode.talent.portal.outcomes.Views.CohortStudents;
import org.migracode.talent.portal.outcomes.Views.EvidenceView;
import org.migracode.talent.portal.outcomes.Views.GraduateOutcome;
import org.migracode.talent.portal.outcomes.Views.PlacementView;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.PortalProblems;
import org.migracode.talent.portal.system.ProblemMessages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Recording outcomes over REST. Roles: COACH and ADMIN; everyone else gets 403 by role, except
 * the evidence download, which answers 404 to anyone but staff. Errors are RFC 9457 problems:
 * 400 with {@code errors} (field, message in the caller's language), 404, 409 for a stale
 * {@code version} (with {@code currentVersion}).
 */
@RestController
@RequestMapping("/api/v1")
class OutcomeApiController {

    private final OutcomeService service;
    private final PortalProblems refusals;
    private final ProblemMessages problems;

    OutcomeApiController(OutcomeService service, PortalProblems refusals, ProblemMessages problems) {
        this.service = service;
        this.refusals = refusals;
        this.problems = problems;
    }

    @Operation(summary = "A graduate's outcome", description = "Enrolment intent, graduation (on time / late by the cohort's "
            + "program length), outcome status with the not-seeking reason (staff only) and last confirmation, placements with "
            + "check-ins and evidence. `recorded` is false while nothing was recorded. Roles: COACH, ADMIN.")
    @GetMapping("/graduates/{id}/outcome")
    GraduateOutcome outcome(@PathVariable UUID id) {
        return service.outcome(id);
    }

    @Operation(summary = "Record a graduate's outcome", description = "Creates the outcome row, or updates it: then send the "
            + "version you read (stale: 409). A reason only with NOT_SEEKING. Roles: COACH, ADMIN.")
    @PutMapping("/graduates/{id}/outcome")
    GraduateOutcome record(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
        return service.recordOutcome(id, request);
    }

    @Operation(summary = "Record a placement for a graduate", description = "A partner company (companyId) or an employer "
            + "name. An in-field placement moves a graduate still seeking to employed in field. Roles: COACH, ADMIN.")
    @PostMapping("/graduates/{id}/placements")
    ResponseEntity<PlacementView> createPlacement(Viewer viewer, @PathVariable UUID id, @RequestBody PlacementRequest request) {
        PlacementView created = service.createPlacement(id, request, viewer);
        return ResponseEntity.created(URI.create("/api/v1/placements/" + created.id())).body(created);
    }

    @Operation(summary = "A cohort's students and their outcome status", description = "Roles: COACH, ADMIN.")
    @GetMapping("/cohorts/{id}/outcomes")
    CohortStudents cohort(@PathVariable UUID id) {
        return service.cohort(id);
    }

    @Operation(summary = "One placement", description = "Roles: COACH, ADMIN.")
    @GetMapping("/placements/{id}")
    PlacementView placement(@PathVariable UUID id) {
        return service.placement(id);
    }

    @Operation(summary = "Update a placement", description = "Send the version you read (stale: 409). Roles: COACH, ADMIN.")
    @PutMapping("/placements/{id}")
    PlacementView updatePlacement(@PathVariable UUID id, @RequestBody PlacementRequest request) {
        return service.updatePlacement(id, request);
    }

    @Operation(summary = "Record a 3, 6 or 12-month check-in", description = "Still employed, promoted or left; recording a "
            + "mark again replaces it. Roles: COACH, ADMIN.")
    @PutMapping("/placements/{id}/check-ins/{months}")
    PlacementView checkIn(Viewer viewer, @PathVariable UUID id, @PathVariable int months, @RequestBody CheckInRequest request) {
        return service.recordCheckIn(id, months, request, viewer);
    }

    @Operation(summary = "Upload a placement's evidence", description = "The body is the file (an offer letter or a confirmation "
            + "message): PDF, PNG, JPEG or plain UTF-8 text, at most 5 MB; the type is read from the bytes, not from the "
            + "declared type; fileName is only a display name and is sanitised. Replaces an earlier file. Roles: COACH, ADMIN.")
    @PutMapping(path = "/placements/{id}/evidence", consumes = MediaType.ALL_VALUE)
    EvidenceView upload(Viewer viewer, @PathVariable UUID id,
            @Parameter(description = "display name, e.g. offer.pdf") @RequestParam(defaultValue = "evidence") String fileName,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "the file", content = @Content(
                    mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))) InputStream body)
            throws IOException {
        // read at most one byte more than allowed, so a huge body is never held in memory
        byte[] content = body == null ? new byte[0] : body.readNBytes(PlacementEvidence.MAX_BYTES + 1);
        return service.uploadEvidence(id, fileName, content, viewer);
    }

    @Operation(summary = "Download a placement's evidence", description = "As an attachment with its sniffed type. Roles: COACH, "
            + "ADMIN; anyone else (and a placement without evidence): 404.")
    @GetMapping("/placements/{id}/evidence")
    ResponseEntity<byte[]> download(Viewer viewer, @PathVariable UUID id) {
        return download(service.evidence(id, viewer));
    }

    /** The file as a download that no browser renders inline or re-types. */
    static ResponseEntity<byte[]> download(Views.EvidenceFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    // --- problems -------------------------------------------------------------------------

    /** An id that is not a UUID is "not found", like an unknown one (other refusals: system.ApiExceptionHandler). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return json(refusals.of(OutcomeNotFoundException.unreadableId()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badInput(IllegalArgumentException e) {
        return json(problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage()));
    }

    /** Problems are JSON even where the endpoint itself produces a file. */
    private static ResponseEntity<ProblemDetail> json(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
