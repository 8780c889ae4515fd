package org.migracode.talent.portal.cvs;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** CV drafts over REST. A refused file is a problem body: 400, 413, 415 or 422 with type {@code …/problems/cv-refused}. */
@RestController
@RequestMapping("/api/v1")
class CvApiController {

    private final CvService cvs;
    private final ProblemMessages problems;
    private final MessageSource messages;

    CvApiController(CvService cvs, ProblemMessages problems, MessageSource messages) {
        this.cvs = cvs;
        this.problems = problems;
        this.messages = messages;
    }

    /** Which suggestions to publish, by position; every other one is dropped. */
    record ConfirmRequest(List<Integer> accept) {
    }

    @Operation(summary = "Upload my CV or LinkedIn export", description = "Multipart field 'file': a PDF, DOCX, ODT or plain-text CV, "
            + "or a LinkedIn data-export ZIP, at most talent.cvs.max-file-size (5MB); the type is read from the content. "
            + "'keepFile=true' keeps the original file (erased with the account). Returns the draft: nothing is published yet. "
            + "Roles: GRADUATE.")
    @PostMapping("/me/cv")
    ResponseEntity<DraftView> upload(Viewer viewer, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean keepFile, Locale locale) throws IOException {
        DraftView draft = cvs.upload(viewer, null, file == null ? null : file.getOriginalFilename(), UploadedCv.bytes(file), keepFile,
                locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(draft);
    }

    @Operation(summary = "One of my CV drafts", description = "Roles: GRADUATE (own drafts).")
    @GetMapping("/me/cv/{draftId}")
    DraftView draft(Viewer viewer, @PathVariable UUID draftId, Locale locale) {
        return cvs.draft(viewer, draftId, locale);
    }

    @Operation(summary = "Confirm suggestions of my CV draft", description = "Publishes exactly the suggestions at the positions in "
            + "'accept' (skills with source CV) and drops the rest; a draft is decided once (409 afterwards). Roles: GRADUATE.")
    @PostMapping("/me/cv/{draftId}/confirm")
    DraftView confirm(Viewer viewer, @PathVariable UUID draftId, @RequestBody(required = false) ConfirmRequest request, Locale locale) {
        Set<Integer> accepted = new LinkedHashSet<>(request == null || request.accept() == null ? List.of() : request.accept());
        return cvs.confirm(viewer, draftId, accepted, locale);
    }

    @Operation(summary = "Upload a graduate's CV", description = "As POST /api/v1/me/cv, for a graduate; the original file is never "
            + "kept (only the graduate can agree to that). Roles: COACH, ADMIN.")
    @PostMapping("/graduates/{id}/cv")
    ResponseEntity<DraftView> staffUpload(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Locale locale)
            throws IOException {
        cvs.graduateName(id);
        DraftView draft = cvs.upload(viewer, id, file == null ? null : file.getOriginalFilename(), UploadedCv.bytes(file), false, locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(draft);
    }
}
