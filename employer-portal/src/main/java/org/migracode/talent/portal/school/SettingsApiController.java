package org.migracode.talent.portal.school;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The school's settings as JSON (docs/operations.md "School settings"). Admins only (URL rule and method security). */
@RestController
@RequestMapping("/api/v1/admin/settings")
@PreAuthorize("hasRole('ADMIN')")
class SettingsApiController {

    private final SchoolSettingsService service;

    SettingsApiController(SchoolSettingsService service) {
        this.service = service;
    }

    @Operation(summary = "The school's settings", description = "Roles: ADMIN.")
    @GetMapping
    Settings read() {
        return service.read();
    }

    @Operation(summary = "Change the school's settings", description = "All fields required; bad values answer 400, a stale"
            + " version 409. Roles: ADMIN.")
    @PutMapping
    Settings update(@RequestBody SettingsRequest request, Viewer viewer) {
        return service.update(request, viewer.accountId());
    }

    @Operation(summary = "Upload the school's logo", description = "Multipart field 'file': PNG or JPEG (checked by content),"
            + " at most 256 KB and 2000 px a side. Roles: ADMIN.")
    @PutMapping(path = "/logo", consumes = "multipart/form-data")
    Settings logo(@RequestParam("file") MultipartFile file, Viewer viewer) throws IOException {
        return service.uploadLogo(file.getBytes(), viewer.accountId());
    }

    @Operation(summary = "Remove the school's logo", description = "Roles: ADMIN.")
    @DeleteMapping("/logo")
    Settings removeLogo(Viewer viewer) {
        return service.removeLogo(viewer.accountId());
    }
}
