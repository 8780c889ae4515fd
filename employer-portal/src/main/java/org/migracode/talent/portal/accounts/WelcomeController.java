package org.migracode.talent.portal.accounts;

import jakarta.servlet.http.HttpSession;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consent screen a graduate sees at sign-in until they decide: in plain words what employers
 * will see, what never leaves the school, and how to hide or block later. Either answer is recorded
 * as their own decision.
 */
@Controller
@PreAuthorize("hasRole('GRADUATE')")
class WelcomeController {

    private final ConsentService consent;

    WelcomeController(ConsentService consent) {
        this.consent = consent;
    }

    @GetMapping(ConsentGate.PAGE)
    String page(Viewer viewer, Model model) {
        model.addAttribute("visible", consent.visible(viewer));
        return "accounts/welcome";
    }

    @PostMapping(ConsentGate.PAGE)
    String decide(Viewer viewer, @RequestParam boolean visible, HttpSession session) {
        consent.decide(viewer, visible);
        session.removeAttribute(ConsentGate.PENDING);
        return visible ? "redirect:/me?welcome" : "redirect:/me?welcomeHidden";
    }
}
