package org.migracode.talent.portal.cvs;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CV pages: {@code /me/cv} (a graduate uploads a CV or LinkedIn export, sees their drafts and
 * kept files), {@code /graduates/{id}/cv} (staff upload for a graduate), and
 * {@code /cv/drafts/{id}} (the review page: a checkbox per suggestion for the graduate, read-only
 * for staff). A refused file is shown as a form error in the user's language with a 4xx status.
 */
@Controller
class CvPageController {

    private final CvService cvs;
    private final boolean samples;

    /** @param demo with demo data, the pages link the sample CVs ({@link DemoCvDrafts#SAMPLES}) */
    CvPageController(CvService cvs, @Value("${talent.demo.enabled:true}") boolean demo) {
        this.cvs = cvs;
        this.samples = demo;
    }

    @GetMapping("/me/cv")
    String mine(Viewer viewer, Model model) {
        return mine(viewer, model, null);
    }

    private String mine(Viewer viewer, Model model, String error) {
        model.addAttribute("drafts", cvs.drafts(viewer, null));
        model.addAttribute("files", cvs.files(viewer));
        model.addAttribute("samples", samples);
        model.addAttribute("maxMegabytes", Math.max(1, cvs.maxFileSize() / (1024 * 1024)));
        model.addAttribute("error", error);
        return "cvs/mine";
    }

    @PostMapping("/me/cv")
    String upload(Viewer viewer, @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean keepFile,
            Locale locale, Model model, HttpServletResponse response) throws IOException {
        try {
            DraftView draft = cvs.upload(viewer, null, file == null ? null : file.getOriginalFilename(), UploadedCv.bytes(file), keepFile, locale);
            return "redirect:/cv/drafts/" + draft.id();
        } catch (CvRefused e) {
            response.setStatus(e.reason().status.value());
            return mine(viewer, model, e.reason().messageKey());
        }
    }

    @GetMapping("/graduates/{id}/cv")
    String staff(Viewer viewer, @PathVariable UUID id, Model model) {
        return staff(viewer, id, model, null);
    }

    private String staff(Viewer viewer, UUID id, Model model, String error) {
        model.addAttribute("graduateName", cvs.graduateName(id));
        model.addAttribute("drafts", cvs.drafts(viewer, id));
        model.addAttribute("graduateId", id);
        model.addAttribute("samples", samples);
        model.addAttribute("maxMegabytes", Math.max(1, cvs.maxFileSize() / (1024 * 1024)));
        model.addAttribute("error", error);
        return "cvs/staff";
    }

    @PostMapping("/graduates/{id}/cv")
    String staffUpload(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Locale locale, Model model,
            HttpServletResponse response) throws IOException {
        cvs.graduateName(id); // staff only, before the file is read
        try {
            DraftView draft = cvs.upload(viewer, id, file == null ? null : file.getOriginalFilename(), UploadedCv.bytes(file), false, locale);
            return "redirect:/cv/drafts/" + draft.id();
        } catch (CvRefused e) {
            response.setStatus(e.reason().status.value());
            return staff(viewer, id, model, e.reason().messageKey());
        }
    }

    @GetMapping("/cv/drafts/{id}")
    String draft(Viewer viewer, @PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("draft", cvs.draft(viewer, id, locale));
        return "cvs/draft";
    }

    @PostMapping("/cv/drafts/{id}/confirm")
    String confirm(Viewer viewer, @PathVariable UUID id, @RequestParam(name = "accept", required = false) List<Integer> accept, Locale locale) {
        Set<Integer> accepted = new LinkedHashSet<>(accept == null ? List.of() : accept);
        accepted.remove(null);
        cvs.confirm(viewer, id, accepted, locale);
        return "redirect:/me?cvConfirmed";
    }

    @PostMapping("/cv/drafts/{id}/discard")
    String discard(Viewer viewer, @PathVariable UUID id) {
        cvs.discard(viewer, id);
        return "redirect:/me/cv?discarded";
    }

    @GetMapping("/me/cv/files/{id}")
    ResponseEntity<byte[]> download(Viewer viewer, @PathVariable UUID id) {
        CvService.StoredContent file = cvs.file(viewer, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(file.content());
    }

    @PostMapping("/me/cv/files/{id}/delete")
    String deleteFile(Viewer viewer, @PathVariable UUID id) {
        cvs.deleteFile(viewer, id);
        return "redirect:/me/cv?fileDeleted";
    }

    @ExceptionHandler(CvNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "cvs/not-found";
    }

    /** A draft decided twice, or an unknown suggestion: the review page again would mislead; say so plainly. */
    @ExceptionHandler({IllegalStateException.class, IllegalArgumentException.class})
    String refused(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof IllegalStateException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("conflict", e instanceof IllegalStateException);
        return "cvs/refused";
    }
}
