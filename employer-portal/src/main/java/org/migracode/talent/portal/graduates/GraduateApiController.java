package org.migracode.talent.portal.graduates;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff create a graduate record by hand over REST ({@code POST /api/v1/graduates}); roles in the service. */
@RestController
class GraduateApiController {

    private final GraduateCreationService creation;

    GraduateApiController(GraduateCreationService creation) {
        this.creation = creation;
    }

    @Operation(summary = "Create a graduate record", description = "Staff only: a new record, hidden from employers "
            + "until the graduate consents. displayName is required; email, phone, cohortId and city are optional. Likely "
            + "duplicates (same e-mail or phone, or a close name in a nearby cohort) are queued for the staff's review at "
            + "/duplicates, never merged; duplicatesQueued says how many. 400 for a missing name, an unknown cohort or an "
            + "e-mail or phone that is not one. Roles: COACH, ADMIN.")
    @PostMapping("/api/v1/graduates")
    ResponseEntity<GraduateCreationService.Created> create(@RequestBody(required = false) GraduateCreationService.NewGraduate r) {
        GraduateCreationService.Created created = creation.create(r);
        return ResponseEntity.created(URI.create("/graduates/" + created.id())).body(created);
    }
}
