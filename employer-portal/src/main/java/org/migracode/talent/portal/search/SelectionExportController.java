package org.migracode.talent.portal.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.portal.security.RoleOnlyAllowed;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Export the selection" of the search page's action bar: a form post of the ticked graduates
 * (checkbox {@code graduate}), answered with a CSV download. No selection, too many rows, or a
 * value that is no id: 400 with a plain message (the form is the search page's).
 */
@Controller
class SelectionExportController {

    private final SelectionExport export;
    private final org.springframework.context.MessageSource messages;

    SelectionExportController(SelectionExport export, org.springframework.context.MessageSource messages) {
        this.export = export;
        this.messages = messages;
    }

    @PostMapping("/candidates/export")
    ResponseEntity<String> export(@RoleOnlyAllowed Viewer viewer, @RequestParam(name = "graduate", required = false) List<String> graduates, Locale locale) {
        if (viewer.graduate()) {
            throw new org.springframework.security.access.AccessDeniedException("recruiters and staff only");
        }
        List<UUID> ids = new ArrayList<>();
        for (String g : graduates == null ? List.<String>of() : graduates) {
            try {
                ids.add(UUID.fromString(g.strip()));
            } catch (IllegalArgumentException e) {
                return bad(messages.getMessage("saved.export.bad", null, "Not a graduate id.", locale));
            }
        }
        if (ids.isEmpty()) {
            return bad(messages.getMessage("saved.export.none", null, "Select at least one graduate.", locale));
        }
        if (ids.size() > SelectionExport.MAX_ROWS) {
            return bad(messages.getMessage("saved.export.tooMany", new Object[] {SelectionExport.MAX_ROWS}, "Too many rows.", locale));
        }
        String csv = export.csv(viewer, ids, locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("graduates.csv").build().toString())
                .body(csv);
    }

    private static ResponseEntity<String> bad(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(message);
    }
}
