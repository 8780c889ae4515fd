package org.migracode.talent.portal.register;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register's pages. Roles are checked by the services (method security); who acts and for
 * which graduate or company always comes from the signed-in principal.
 */
@Controller
class RegisterPageController {

    private final FollowUpService followUps;
    private final HireService hires;
    private final FeeService fees;
    private final RegisterReportService reports;
    private final RegisterStatusService status;

    RegisterPageController(FollowUpService followUps, HireService hires, FeeService fees, RegisterReportService reports,
            RegisterStatusService status) {
        this.status = status;
        this.followUps = followUps;
        this.hires = hires;
        this.fees = fees;
        this.reports = reports;
    }

    // --- coaches: every check-in due ---------------------------------------------------------

    @GetMapping("/register/due")
    String due(Model model) {
        model.addAttribute("due", followUps.due());
        return "register/due";
    }

    // --- staff: one graduate's register entry -----------------------------------------------

    @GetMapping("/graduates/{id}/register")
    String entry(@PathVariable UUID id, Model model) {
        model.addAttribute("entry", status.entry(id));
        model.addAttribute("reasons", ExclusionReason.values());
        model.addAttribute("errors", Map.of());
        return "register/entry";
    }

    @PostMapping("/graduates/{id}/register")
    String recordExclusion(@PathVariable UUID id, Model model, HttpServletResponse response,
            @RequestParam(required = false) String exclusionReason) {
        try {
            status.recordExclusion(id, exclusionReason);
        } catch (InvalidRegisterInputException e) {
            model.addAttribute("entry", status.entry(id));
            model.addAttribute("reasons", ExclusionReason.values());
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "register/entry";
        }
        return "redirect:/graduates/" + id + "/register?saved";
    }

    // --- graduates: answer a check-in in one click ----------------------------------------------

    @GetMapping("/me/check-ins")
    String mine(Viewer viewer, Model model) {
        Viewer p = graduate(viewer);
        model.addAttribute("checkIns", followUps.mine(p.graduateId()));
        model.addAttribute("errors", Map.of());
        return "register/check-ins";
    }

    @PostMapping("/me/check-ins")
    String answer(Viewer viewer, Model model, HttpServletResponse response, @RequestParam String key, @RequestParam(required = false) String answer,
            @RequestParam(required = false) MultipartFile evidence) throws IOException {
        Viewer p = graduate(viewer);
        FollowUpAnswer a = null;
        try {
            a = answer == null ? null : FollowUpAnswer.valueOf(answer);
        } catch (IllegalArgumentException e) {
            a = null;
        }
        byte[] bytes = evidence == null || evidence.isEmpty() ? null : evidence.getBytes();
        try {
            followUps.answer(p.graduateId(), p.accountId(), key, a, evidence == null ? null : evidence.getOriginalFilename(), bytes);
        } catch (InvalidRegisterInputException e) {
            model.addAttribute("checkIns", followUps.mine(p.graduateId()));
            model.addAttribute("errors", e.errors());
            model.addAttribute("failedKey", key);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "register/check-ins";
        }
        return "redirect:/me/check-ins?answered";
    }

    private static Viewer graduate(Viewer viewer) {
        Viewer p = viewer;
        if (p.graduateId() == null) {
            throw new AccessDeniedException("only a graduate answers their own check-ins");
        }
        return p;
    }

    // --- recruiters: confirm a hire in one click -----------------------------------------------

    @GetMapping("/hires")
    String hires(Viewer viewer, Model model) {
        Viewer p = viewer;
        model.addAttribute("hires", hires.hires(p.companyId()));
        return "register/hires";
    }

    @PostMapping("/hires/{placementId}/confirm")
    String confirm(Viewer viewer, @PathVariable UUID placementId) {
        Viewer p = viewer;
        hires.confirm(p.companyId(), p.accountId(), placementId);
        return "redirect:/hires?confirmed";
    }

    // --- staff: fees ------------------------------------------------------------------------------

    @GetMapping("/placements/{id}/fee")
    String fee(@PathVariable UUID id, Model model) {
        model.addAttribute("fee", fees.fee(id));
        model.addAttribute("statuses", FeeService.FeeStatus.values());
        model.addAttribute("errors", Map.of());
        model.addAttribute("entered", Map.of());
        return "register/fee";
    }

    @PostMapping("/placements/{id}/fee")
    String recordFee(Viewer viewer, @PathVariable UUID id, Model model, HttpServletResponse response, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String status,
            @RequestParam(required = false) String feeDate, @RequestParam(required = false) Long version) {
        try {
            fees.record(id, amount, currency, status, feeDate, version, viewer.accountId());
        } catch (InvalidRegisterInputException e) {
            model.addAttribute("fee", fees.fee(id));
            model.addAttribute("statuses", FeeService.FeeStatus.values());
            model.addAttribute("errors", e.errors());
            model.addAttribute("entered", Map.of("amount", nz(amount), "currency", nz(currency), "status", nz(status), "feeDate", nz(feeDate)));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "register/fee";
        }
        return "redirect:/placements/" + id + "/fee?saved";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @GetMapping("/reports/fees")
    String feesReport(Model model, @RequestParam(required = false) String period) {
        model.addAttribute("lines", fees.report(period));
        model.addAttribute("period", period);
        return "register/fees";
    }

    @GetMapping("/reports/fees.csv")
    ResponseEntity<byte[]> feesCsv(@RequestParam(required = false) String period) {
        StringBuilder csv = new StringBuilder("Period,Company,Currency,Hires,Total,Invoiced,Paid\r\n");
        for (FeeService.FeeLine l : fees.report(period)) {
            csv.append(String.join(",", List.of(l.period(), RegisterReportService.cell(l.company()), l.currency(),
                    Integer.toString(l.hires()), l.total().toPlainString(), l.invoiced().toPlainString(), l.paid().toPlainString())))
                    .append("\r\n");
        }
        return csv("fees", csv.toString());
    }

    // --- staff: the records behind a rate, the CIRR export ----------------------------------------

    @GetMapping("/reports/records")
    String records(Model model, @RequestParam UUID cohort, @RequestParam(required = false, defaultValue = "inField180Seeking") String figure) {
        RegisterReportService.Figure f = RegisterReportService.Figure.parse(figure);
        List<RegisterReportService.RecordLine> lines = reports.records(cohort, f, LocalDate.now());
        model.addAttribute("lines", lines);
        model.addAttribute("figure", f.param());
        model.addAttribute("counted", lines.stream().filter(RegisterReportService.RecordLine::counted).count());
        return "register/records";
    }

    @GetMapping("/reports/cirr.csv")
    ResponseEntity<byte[]> cirr(@RequestParam(required = false) String period) {
        return csv("cirr" + (period == null || period.isBlank() ? "" : "-" + period.strip()), reports.cirrCsv(period, LocalDate.now()));
    }

    private static ResponseEntity<byte[]> csv(String name, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body.getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler({RegisterNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "register/not-found";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest() {
        return "register/not-found";
    }
}
