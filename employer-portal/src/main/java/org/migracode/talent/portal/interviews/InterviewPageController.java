package org.migracode.talent.portal.interviews;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.portal.mail.Mail;
import org.migracode.talent.portal.mail.MailLinks;
import org.migracode.talent.portal.school.ShownTimes;
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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A proposal's interview page ({@code /proposals/{id}/interview}): the recruiter offers up to
 * three slots (date and time in the school's zone, length, place or video link), the graduate
 * picks one, either side cancels, everyone involved downloads their {@code .ics}, and after the
 * interview the recruiter leaves feedback. Plain forms, post/redirect/get; bad input shows the
 * form again with the reason (400), the wrong moment a 409, another company's proposal a 404.
 */
@Controller
class InterviewPageController {

    private final InterviewService service;
    private final ShownTimes times;
    private final MailLinks links;

    InterviewPageController(InterviewService service, ShownTimes times, MailLinks links) {
        this.service = service;
        this.times = times;
        this.links = links;
    }

    @GetMapping("/proposals/{id}/interview")
    String page(Viewer viewer, @PathVariable UUID id, Model model) {
        return render(viewer, id, null, model);
    }

    @GetMapping("/proposals/{id}/interview.ics")
    ResponseEntity<byte[]> ics(Viewer viewer, @PathVariable UUID id) {
        Mail.Attachment ics = service.ics(viewer, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ics.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(ics.fileName()).build().toString())
                .body(ics.content());
    }

    @PostMapping("/proposals/{id}/interview/slots")
    String offer(Viewer viewer, @PathVariable UUID id, HttpServletRequest request, Model model, HttpServletResponse response) {
        Viewer who = viewer;
        List<Interview.Slot> slots = new ArrayList<>();
        for (int i = 0; i < Interview.MAX_SLOTS; i++) {
            String start = request.getParameter("start" + i);
            if (start == null || start.isBlank()) {
                continue;
            }
            try {
                slots.add(new Interview.Slot(LocalDateTime.parse(start.strip()).atZone(times.zone()).toInstant(),
                        Integer.parseInt(String.valueOf(request.getParameter("minutes" + i)).strip()), request.getParameter("place" + i)));
            } catch (DateTimeException | NumberFormatException e) {
                return problem(who, id, InterviewException.badInput("start"), model, response);
            }
        }
        return run(who, id, model, response, () -> service.offer(who, id, slots), "offered");
    }

    @PostMapping("/proposals/{id}/interview/pick")
    String pick(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) String slot, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Viewer who = viewer;
        int position;
        try {
            position = Integer.parseInt(String.valueOf(slot).strip());
        } catch (NumberFormatException e) {
            return problem(who, id, InterviewException.badInput("slot"), model, response);
        }
        return run(who, id, model, response, () -> service.pick(who, id, position, links.baseUrl(request)), "booked");
    }

    @PostMapping("/proposals/{id}/interview/cancel")
    String cancel(Viewer viewer, @PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
        Viewer who = viewer;
        return run(who, id, model, response, () -> service.cancel(who, id, links.baseUrl(request)), "cancelled");
    }

    @PostMapping("/proposals/{id}/interview/feedback")
    String feedback(Viewer viewer, @PathVariable UUID id, HttpServletRequest request, Model model, HttpServletResponse response) {
        Viewer who = viewer;
        Feedback.Outcome outcome;
        Map<String, Integer> ratings = new LinkedHashMap<>();
        try {
            outcome = Feedback.Outcome.valueOf(String.valueOf(request.getParameter("outcome")).strip());
            for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
                if (e.getKey().startsWith("rating.") && e.getValue().length > 0 && !e.getValue()[0].isBlank()) {
                    ratings.put(e.getKey().substring("rating.".length()), Integer.parseInt(e.getValue()[0].strip()));
                }
            }
        } catch (IllegalArgumentException e) {
            return problem(who, id, InterviewException.badInput("ratings"), model, response);
        }
        return run(who, id, model, response, () -> {
            service.feedback(who, id, new Feedback(outcome, ratings, request.getParameter("text")));
            return null;
        }, "feedback");
    }

    @ExceptionHandler({InterviewNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "proposals/not-found";
    }

    private String run(Viewer who, UUID id, Model model, HttpServletResponse response, java.util.function.Supplier<?> change,
            String done) {
        try {
            change.get();
            return "redirect:/proposals/" + id + "/interview?" + done;
        } catch (InterviewException e) {
            return problem(who, id, e, model, response);
        }
    }

    private String problem(Viewer who, UUID id, InterviewException e, Model model, HttpServletResponse response) {
        String page = render(who, id, e.messageKey(), model); // 404 first when the proposal is not the viewer's
        response.setStatus(e.status());
        return page;
    }

    private String render(Viewer who, UUID id, String problem, Model model) {
        model.addAttribute("iv", service.page(who, id));
        model.addAttribute("problem", problem);
        model.addAttribute("slotCount", Interview.MAX_SLOTS);
        model.addAttribute("outcomes", Feedback.Outcome.values());
        return "proposals/interview";
    }
}
