package org.migracode.talent.portal.curriculum;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin page of the skill-to-module mapping ({@code /admin/curriculum}): the list, a form to
 * set what teaches a skill (a name the taxonomy does not know, or an empty or too long text, shows
 * the form again with its error, 400), and removing a row. Admins only.
 */
@Controller
class CurriculumPageController {

    private final SkillModules modules;

    CurriculumPageController(SkillModules modules) {
        this.modules = modules;
    }

    @GetMapping("/admin/curriculum")
    String page(Viewer viewer, Locale locale, Model model) {
        adminOnly(viewer);
        return page(locale, model, "", "", null);
    }

    @PostMapping("/admin/curriculum")
    String put(@RequestParam(required = false) String skill, @RequestParam(required = false) String module, Locale locale,
            Model model, HttpServletResponse response) {
        Optional<String> error = modules.put(skill, module);
        if (error.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(locale, model, skill, module, error.get());
        }
        return "redirect:/admin/curriculum?saved";
    }

    @PostMapping("/admin/curriculum/{skill}/delete")
    String delete(@PathVariable String skill) {
        modules.remove(skill);
        return "redirect:/admin/curriculum?removed";
    }

    private String page(Locale locale, Model model, String skill, String module, String error) {
        model.addAttribute("rows", modules.all(locale));
        model.addAttribute("skill", skill == null ? "" : skill);
        model.addAttribute("module", module == null ? "" : module);
        model.addAttribute("error", error);
        return "curriculum/modules";
    }

    /** Reading the mapping is open to all; this page, with its forms, is the admins'. */
    private static void adminOnly(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("admins only");
        }
    }
}
