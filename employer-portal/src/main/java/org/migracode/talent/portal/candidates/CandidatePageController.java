package org.migracode.talent.portal.candidates;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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
class CandidatePageController {

    /** The languages the form offers; any other code still works as a parameter or a facet link. */
    static final java.util.List<String> LANGUAGE_OPTIONS = java.util.List.of("en", "es", "ca", "fr", "ar", "uk", "ru", "pt",
            "de", "it", "ro", "wo");

    private final CandidateService candidates;
    private final ProblemMessages messages;

    CandidatePageController(CandidateService candidates, ProblemMessages messages) {
        this.candidates = candidates;
        this.messages = messages;
    }

    @GetMapping("/candidates")
    String search(@ModelAttribute("params") CandidateSearchParams params, Locale locale, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        model.addAttribute("links", new SearchLinks(request.getContextPath() + "/candidates", request.getParameterMap()));
        model.addAttribute("languageOptions", LANGUAGE_OPTIONS.stream()
                .map(code -> new CandidateSearchResponse.Facet(code, CandidateSearchResponse.languageName(code, locale), 0))
                .toList());
        model.addAttribute("chips", new FilterChips(locale));
        try {
            CandidateSearchResponse result = candidates.search(params, locale);
            model.addAttribute("result", result);
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
    static java.util.List<CandidateSearchResponse.Facet> languageOptions(CandidateSearchResponse result, Locale locale) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>(LANGUAGE_OPTIONS);
        result.facets().languages().forEach(f -> codes.add(f.value()));
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return codes.stream().map(code -> new CandidateSearchResponse.Facet(code, CandidateSearchResponse.languageName(code, locale), 0))
                .sorted(java.util.Comparator.comparing(CandidateSearchResponse.Facet::label, collator)).toList();
    }

    @GetMapping("/candidates/{id}")
    String profile(@PathVariable String id, Locale locale, HttpServletResponse response, Model model) {
        var profile = CandidateApiController.parse(id).flatMap(uuid -> candidates.profile(uuid, locale));
        if (profile.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "candidates/not-found";
        }
        model.addAttribute("profile", profile.get());
        return "candidates/profile";
    }

}
