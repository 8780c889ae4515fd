package org.migracode.talent.portal.imports;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page (upload a CSV per kind, see row errors), the templates, and the same import over
 * REST ({@code POST /api/v1/admin/import/{kind}} with a {@code text/csv} body). Admins only.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

    static final long MAX_BYTES = 5 * 1024 * 1024;

    private final CsvImportService service;

    ImportController(CsvImportService service) {
        this.service = service;
    }

    @GetMapping("/admin/import")
    String page(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        return "imports/import";
    }

    @GetMapping("/admin/import/templates/{kind}.csv")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        ImportKind k = ImportKind.parse(kind);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(k.param() + "-template.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(service.template(k).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The form: {@code dryRun} previews (per row: created, updated with the fields, unchanged,
     * refused) and writes nothing; {@code clearEmpty} lets empty cells clear stored values.
     */
    @PostMapping("/admin/import/{kind}")
    String upload(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean clearEmpty, Model model)
            throws IOException {
        ImportKind k = ImportKind.parse(kind);
        ImportResult result;
        if (file == null || file.isEmpty()) {
            result = ImportResult.refusedFile(k.param(), dryRun, List.of(new ImportResult.RowError(0, null, "choose a CSV file")));
        } else if (file.getSize() > MAX_BYTES) {
            result = ImportResult.refusedFile(k.param(), dryRun, List.of(new ImportResult.RowError(0, null, "the file is larger than 5 MB")));
        } else {
            result = service.importCsv(k, new String(file.getBytes(), StandardCharsets.UTF_8),
                    new ImportOptions(dryRun, clearEmpty, originalName(file)));
        }
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("result", result);
        model.addAttribute("clearEmpty", clearEmpty);
        return "imports/import";
    }

    /** The browser's file name; a name the container refuses (e.g. with a NUL) is simply not recorded. */
    private static String originalName(MultipartFile file) {
        try {
            return file.getOriginalFilename();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Operation(summary = "Import a CSV of graduates, companies or listings",
            description = "Body: text/csv with the template's header. Every row is validated first; any refused row answers 400 "
                    + "with the row errors and imports nothing. Rows update the record with the same external_id: only the "
                    + "columns the file has; an empty cell keeps the stored value unless clearEmpty=true; a graduate's skills "
                    + "and languages merge; an existing graduate's consent (visible_to_employers) is never changed, and a new "
                    + "graduate shown to employers needs consent_basis. dryRun=true answers 200 with the preview per row "
                    + "(CREATED, UPDATED with its fields, UNCHANGED, REFUSED) and writes nothing. fileName names the file in "
                    + "the audit log. Roles: ADMIN.")
    @PostMapping("/api/v1/admin/import/{kind}")
    @ResponseBody
    ResponseEntity<Object> api(@PathVariable String kind, @RequestBody String body, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean clearEmpty, @RequestParam(required = false) String fileName) {
        ImportKind k = ImportKind.parse(kind);
        if (body.length() > MAX_BYTES) {
            throw new IllegalArgumentException("the file is larger than 5 MB");
        }
        ImportResult result = service.importCsv(k, body, new ImportOptions(dryRun, clearEmpty, fileName));
        if (result.ok() || dryRun) {
            return ResponseEntity.ok(result);
        }
        throw new InvalidImportException(result);
    }
}
