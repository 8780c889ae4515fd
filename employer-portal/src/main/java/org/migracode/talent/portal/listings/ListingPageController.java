package org.migracode.talent.portal.listings;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.input.Paging;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.listings.ListingStatus;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.ProblemMessages;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The listing pages: list, new/edit form with a "preview extracted skills" step (an htmx partial,
 * or the whole page again without JavaScript), detail with open/close and ranked matches, and a
 * graduate's best open listings. Every page works without JavaScript.
 */
@Controller
class ListingPageController {

    static final int PAGE_SIZE = 50;
    static final int MATCHES_SHOWN = 20;

    private final ListingService service;
    private final Validator validator;
    private final ProblemMessages messages;
    private final ProposalRepository proposals;


    ListingPageController(ListingService service, Validator validator, ProblemMessages messages, ProposalRepository proposals) {
        this.service = service;
        this.validator = validator;
        this.messages = messages;
        this.proposals = proposals;
    }

    @GetMapping("/listings")
    String list(Viewer viewer, Locale locale, Model model, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String q, @RequestParam(required = false) String company,
            @RequestParam(required = false) String status, @RequestParam(required = false) String type,
            @RequestParam(required = false) String city, @RequestParam(required = false) String sort) {
        if (viewer.role() == Role.GRADUATE) {
            return "redirect:/me/listings";
        }
        ListingFilter filter = ListingFilter.of(cut(q, 200), company, status, type, cut(city, 200), sort);
        model.addAttribute("page", service.list(viewer, filter, Paging.clamp(page), PAGE_SIZE, locale));
        model.addAttribute("filter", filter);
        model.addAttribute("companies", viewer.staff() ? service.companies() : Map.of());
        model.addAttribute("cities", service.cities(viewer));
        model.addAttribute("statuses", ListingStatus.values());
        model.addAttribute("types", ListingType.values());
        model.addAttribute("sorts", ListingFilter.Sort.values());
        model.addAttribute("staff", viewer.staff());
        return "listings/list";
    }

    @GetMapping("/listings/new")
    String newForm(Viewer viewer, Model model) {
        if (viewer.role() == Role.GRADUATE) {
            throw new AccessDeniedException("graduates do not write listings");
        }
        return form(viewer, ListingForm.empty(), Map.of(), null, null, model);
    }

    @GetMapping("/listings/{id}/edit")
    String editForm(Viewer viewer, Locale locale, @PathVariable UUID id, Model model) {
        ListingView listing = service.get(viewer, id, locale);
        if (viewer.role() == Role.GRADUATE) {
            throw new ListingNotFoundException("listing", id);
        }
        return form(viewer, ListingForm.of(listing), Map.of(), null, null, model);
    }

    /**
     * The skills found in the title and description, highlighted; when the recruiter has typed no
     * skills yet, the skill fields are filled with the suggestions to correct before saving.
     */
    @PostMapping("/listings/preview")
    String preview(Viewer viewer, Locale locale, ListingForm form, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        String title = cut(form.title(), 200);
        String description = cut(form.description(), 20_000);
        SkillPreview preview = service.preview(new PreviewRequest(title, description), locale);
        ListingForm shown = form;
        boolean filled = false;
        if (!form.hasTypedSkills() && !(preview.required().isEmpty() && preview.niceToHave().isEmpty())) {
            shown = form.withSkills(
                    String.join("\n", preview.required().stream().map(ListingView.RequiredSkillView::label).toList()),
                    String.join("\n", preview.niceToHave().stream().map(ListingView.SkillView::label).toList()));
            filled = true;
        }
        model.addAttribute("segments", segments(description, preview.highlights()));
        model.addAttribute("filled", filled);
        String page = form(viewer, shown, Map.of(), null, preview, model);
        return htmx != null ? page + " :: editor" : page;
    }

    @PostMapping("/listings")
    String create(Viewer viewer, Locale locale, ListingForm form, Model model, HttpServletResponse response) {
        ListingForm.Parsed parsed = validate(form);
        if (!parsed.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(viewer, form, parsed.errors(), null, null, model);
        }
        try {
            ListingView created = service.create(viewer, parsed.request(), locale);
            return "redirect:/listings/" + created.id() + "?saved";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(viewer, form, Map.of(), messages.detail(e, locale), null, model);
        }
    }

    @PostMapping("/listings/{id}")
    String update(Viewer viewer, Locale locale, @PathVariable UUID id, ListingForm form, Model model,
            HttpServletResponse response) {
        ListingForm.Parsed parsed = validate(form);
        if (!parsed.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(viewer, form, parsed.errors(), null, null, model);
        }
        try {
            service.update(viewer, id, parsed.request(), locale);
            return "redirect:/listings/" + id + "?saved";
        } catch (StaleListingException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            return form(viewer, form, Map.of(), null, null, model);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(viewer, form, Map.of(), messages.detail(e, locale), null, model);
        }
    }

    @PostMapping("/listings/{id}/open")
    String open(Viewer viewer, Locale locale, @PathVariable UUID id) {
        service.open(viewer, id, locale);
        return "redirect:/listings/" + id;
    }

    @PostMapping("/listings/{id}/close")
    String close(Viewer viewer, Locale locale, @PathVariable UUID id) {
        service.close(viewer, id, locale);
        return "redirect:/listings/" + id;
    }

    @GetMapping("/listings/{id}")
    String detail(Viewer viewer, Locale locale, @PathVariable UUID id, Model model) {
        ListingView listing = service.get(viewer, id, locale);
        model.addAttribute("listing", listing);
        model.addAttribute("lines", listing.description() == null ? List.of() : listing.description().lines().toList());
        boolean manages = viewer.role() != Role.GRADUATE;
        model.addAttribute("manages", manages);
        if (manages) {
            model.addAttribute("matches", service.matchesForListing(viewer, id, MATCHES_SHOWN, locale));
            // who is already proposed for this listing (the viewer may manage it: checked by get above)
            Map<UUID, Proposal> proposed = new java.util.HashMap<>();
            proposals.findByListingId(id).forEach(p -> proposed.put(p.getGraduateId(), p));
            model.addAttribute("proposed", proposed);
        }
        return "listings/detail";
    }

    @GetMapping("/me/listings")
    String mine(Viewer viewer, Locale locale, Model model) {
        if (viewer.graduateId() == null) {
            return "redirect:/listings";
        }
        model.addAttribute("matches", service.matchesForGraduate(viewer, viewer.graduateId(), MATCHES_SHOWN, locale));
        return "listings/mine";
    }

    // --- errors ---------------------------------------------------------------------------

    @ExceptionHandler({ListingNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "listings/not-found";
    }

    /**
     * A transition that is not allowed (409), or a query string Tomcat could not decode (invalid
     * UTF-8 bytes: Tomcat's {@code InvalidParameterException} is an {@code IllegalStateException}), which is bad input (400).
     */
    @ExceptionHandler(IllegalStateException.class)
    String conflict(IllegalStateException e, Model model, Locale locale, HttpServletResponse response) {
        boolean unreadable = e instanceof org.apache.tomcat.util.http.InvalidParameterException;
        response.setStatus(unreadable ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("message", unreadable ? messages.text("request.parameters", null,
                "The request's parameters could not be read (they are not valid UTF-8).", locale) : messages.detail(e, locale));
        return "listings/not-found";
    }

    // --- helpers --------------------------------------------------------------------------

    private String form(Viewer viewer, ListingForm form, Map<String, String> errors, String error, SkillPreview preview, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("preview", preview);
        model.addAttribute("staff", viewer.staff());
        model.addAttribute("companies", viewer.staff() && form.isNew() ? service.companies() : Map.of());
        model.addAttribute("types", ListingType.values());
        model.addAttribute("remotePolicies", RemotePolicy.values());
        return "listings/form";
    }

    private ListingForm.Parsed validate(ListingForm form) {
        ListingForm.Parsed parsed = form.parse();
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        for (ConstraintViolation<ListingRequest> v : validator.validate(parsed.request())) {
            String root = v.getPropertyPath().iterator().next().getName();
            errors.putIfAbsent(root, "listings.error." + root);
        }
        return new ListingForm.Parsed(parsed.request(), errors);
    }

    /** The description cut into plain and highlighted pieces, in order. */
    static List<Segment> segments(String text, List<SkillPreview.Highlight> highlights) {
        List<Segment> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int at = 0;
        List<SkillPreview.Highlight> inText = highlights.stream().filter(h -> h.field().equals("DESCRIPTION"))
                .sorted(Comparator.comparingInt(SkillPreview.Highlight::start)).toList();
        for (SkillPreview.Highlight h : inText) {
            if (h.start() < at || h.end() > text.length()) {
                continue;
            }
            if (h.start() > at) {
                out.add(new Segment(text.substring(at, h.start()), null, false));
            }
            out.add(new Segment(text.substring(h.start(), h.end()), h.label(), h.niceToHave()));
            at = h.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null, false));
        }
        return out;
    }

    /** A piece of the description: plain text ({@code label == null}) or a skill mention. */
    record Segment(String text, String label, boolean niceToHave) {
    }


    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
