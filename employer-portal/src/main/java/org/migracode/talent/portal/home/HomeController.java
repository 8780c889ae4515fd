package org.migracode.talent.portal.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: what the signed-in person should do next, per role, as cards that
 * the feature packages contribute ({@link HomeSection}).
 */
@Controller
class HomeController {

    private final List<HomeSection> sections;

    HomeController(List<HomeSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Optional<Viewer> viewer, Locale locale, Model model) {
        List<HomeCard> cards = new ArrayList<>();
        viewer.ifPresent(v -> sections.forEach(s -> cards.addAll(s.cards(v, locale))));
        cards.sort(Comparator.comparingInt(HomeCard::order));
        model.addAttribute("cards", cards);
        return "home/index";
    }
}
