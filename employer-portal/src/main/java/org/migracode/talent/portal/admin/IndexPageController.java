package org.migracode.talent.portal.admin;

import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's search-index page: counts against the database, a button that starts a rebuild,
 * and the rebuild's progress (documents done of total, rate, time left), which the page polls
 * with htmx every second while a rebuild runs. Searches keep answering during the rebuild (see
 * {@link IndexMaintenance#reindex()}).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IndexPageController {

    private final IndexMaintenance maintenance;
    private final AuditRecorder audit;

    IndexPageController(IndexMaintenance maintenance, AuditRecorder audit) {
        this.maintenance = maintenance;
        this.audit = audit;
    }

    @GetMapping("/admin/index")
    String page(Model model) {
        status(model);
        return "admin/index";
    }

    /** The progress block alone, for htmx polling. */
    @GetMapping("/admin/index/progress")
    String progress(Model model) {
        status(model);
        return "admin/index :: progress";
    }

    /** Starts a rebuild unless one runs already; either way back to the page, which shows its progress. */
    @PostMapping("/admin/index/reindex")
    String reindex(RedirectAttributes redirect) {
        try {
            maintenance.startReindexInBackground();
            audit.adminAction(AuditAction.ADMIN_REINDEX, "full reindex started");
            redirect.addFlashAttribute("started", true);
        } catch (IllegalStateException alreadyRunning) {
            redirect.addFlashAttribute("alreadyRunning", true);
        }
        return "redirect:/admin/index";
    }

    private void status(Model model) {
        model.addAttribute("counts", maintenance.counts());
        model.addAttribute("running", maintenance.runningReindex().orElse(null));
        model.addAttribute("last", maintenance.lastCompletedReindex().orElse(null));
    }
}
