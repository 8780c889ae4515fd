package org.migracode.talent.portal.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.migracode.talent.index.listings.ListingTitle;
import org.migracode.talent.portal.security.RoleOnlyAllowed;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.ProblemMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The search page {@code /candidates} and the profile page {@code /candidates/{id}}. Work as
 * plain forms and links; with htmx, the search area is swapped in place (the page answers whole,
 * htmx selects {@code #search}). A bad parameter shows its message above the form (status 400).
 */
@Controller
class GraduateSearchPageController {

    /** The languages the form offers; any other code still works as a parameter or a facet link. */
    static final java.util.List<String> LANGUAGE_OPTIONS = java.util.List.of("en", "es", "ca", "fr", "ar", "uk", "ru", "pt",
            "de", "it", "ro", "wo");

    private final GraduateSearchService candidates;
    private final ProblemMessages messages;
    private final org.migracode.talent.portal.notes.CompanyNotes notes;
    private final org.migracode.talent.index.listings.ListingRepository listings;
    private final org.migracode.talent.index.company.CompanyRepository companies;
    private final org.migracode.talent.portal.shortlists.Shortlists shortlists;

    GraduateSearchPageController(GraduateSearchService candidates, ProblemMessages messages,
            org.migracode.talent.portal.notes.CompanyNotes notes, org.migracode.talent.index.listings.ListingRepository listings,
            org.migracode.talent.index.company.CompanyRepository companies,
            org.migracode.talent.portal.shortlists.Shortlists shortlists) {
        this.shortlists = shortlists;
        this.candidates = candidates;
        this.messages = messages;
        this.notes = notes;
        this.listings = listings;
        this.companies = companies;
    }

    /** An open listing the action bar offers for proposing the selection (staff). */
    record ListingOption(java.util.UUID id, String label) {
    }

    @GetMapping("/candidates")
    String search(@RoleOnlyAllowed Viewer viewer, @ModelAttribute("params") GraduateSearchParams params, Locale locale, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        model.addAttribute("links", new SearchLinks(request.getContextPath() + "/candidates", request.getParameterMap()));
        model.addAttribute("languageOptions", LANGUAGE_OPTIONS.stream()
                .map(code -> new GraduateSearchResponse.Facet(code, GraduateSearchResponse.languageName(code, locale), 0))
                .toList());
        model.addAttribute("chips", new FilterChips(locale));
        try {
            GraduateSearchResponse result = candidates.search(viewer, params, locale);
            model.addAttribute("result", result);
            model.addAttribute("savedQuery", GraduateSearchService.describe(params.withoutPaging()));
            boolean staff = viewer.staff();
            java.util.Map<java.util.UUID, String> names = new java.util.HashMap<>();
            if (staff) {
                companies.findAll().forEach(c -> names.put(c.getId(), c.getName()));
                model.addAttribute("openListings", openListings(names));
            }
            model.addAttribute("shortlistListings", shortlists.listingsFor(viewer).stream()
                    .map(l -> new ListingOption(l.id(), staff ? names.getOrDefault(l.companyId(), "?") + " · " + l.title() : l.title()))
                    .toList());
            model.addAttribute("languageOptions", languageOptions(result, locale));
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.detail(e, locale));
        }
        return "candidates/search";
    }

    /**
     * The language dropdown: the usual languages plus every language the result's facets show, by
     * name, so a language a facet offers can also be chosen with a level.
     */
    static java.util.List<GraduateSearchResponse.Facet> languageOptions(GraduateSearchResponse result, Locale locale) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>(LANGUAGE_OPTIONS);
        result.facets().languages().forEach(f -> codes.add(f.value()));
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return codes.stream().map(code -> new GraduateSearchResponse.Facet(code, GraduateSearchResponse.languageName(code, locale), 0))
                .sorted(java.util.Comparator.comparing(GraduateSearchResponse.Facet::label, collator)).toList();
    }

    @GetMapping("/candidates/{id}")
    String profile(@RoleOnlyAllowed Viewer viewer, @PathVariable String id, @org.springframework.web.bind.annotation.RequestParam(required = false) String noteError,
            Locale locale, HttpServletResponse response, Model model) {
        var profile = GraduateIds.parse(id).flatMap(uuid -> candidates.profile(viewer, uuid, locale));
        if (profile.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "candidates/not-found";
        }
        model.addAttribute("profile", profile.get());
        notes.on(viewer, profile.get().id()).ifPresent(n -> model.addAttribute("notes", n));
        model.addAttribute("noteError", noteError == null || !noteError.matches("[a-z]{1,10}") ? null : noteError);
        return "candidates/profile";
    }

    /**
     * The open listings for the action bar's "propose to" choice: "company · title" by label (the same label newest
     * first); titles only, no listing loaded.
     */
    private java.util.List<ListingOption> openListings(java.util.Map<java.util.UUID, String> companyNames) {
        java.util.function.Function<ListingTitle, String> label = l -> companyNames.getOrDefault(l.companyId(), "?") + " · " + l.title();
        return listings.findAllTitles().stream()
                .filter(l -> l.status() == org.migracode.talent.index.listings.ListingStatus.OPEN)
                .sorted(java.util.Comparator.comparing(label, String.CASE_INSENSITIVE_ORDER).thenComparing(ListingTitle.NEWEST))
                .map(l -> new ListingOption(l.id(), label.apply(l)))
                .toList();
    }

}
