package org.migracode.talent.portal.school;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /school/logo}: the uploaded logo, for the page header of every signed-in page and the
 * public reports page (a logo is not secret). 404 when there is none.
 */
@RestController
class SchoolLogoController {

    private final StoredSchoolSettings settings;

    SchoolLogoController(StoredSchoolSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/school/logo")
    ResponseEntity<byte[]> logo() {
        return settings.logo().map(l -> ResponseEntity.ok().contentType(MediaType.parseMediaType(l.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                        .header("X-Content-Type-Options", "nosniff").body(l.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
