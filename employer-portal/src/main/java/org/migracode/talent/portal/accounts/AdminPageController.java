package org.migracode.talent.portal.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The admin pages {@code /admin/companies} (list, create, edit, deactivate, reactivate) and
 * {@code /admin/accounts} (role, last sign-in, deactivate, reactivate). Plain forms; a refused
 * change is shown on the page with status 400 (409 for a conflict).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminPageController {

    private final CompanyService companies;
    private final AccountService accounts;
    private final Dates dates;

    AdminPageController(CompanyService companies, AccountService accounts, Dates dates) {
        this.companies = companies;
        this.accounts = accounts;
        this.dates = dates;
    }

    @GetMapping("/admin/companies")
    String companies(Model model) {
        model.addAttribute("companies", companies.list());
        model.addAttribute("form", new CompanyRequest(null, null, null, null, null, null, null, null));
        return "accounts/companies";
    }

    @PostMapping("/admin/companies")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String website,
            @RequestParam(required = false) String city, @RequestParam(required = false) String contactName,
            @RequestParam(required = false) String contactEmail, @RequestParam(required = false) String partnerSince,
            @RequestParam(required = false) String notes, Model model, HttpServletResponse response) {
        CompanyRequest form = new CompanyRequest(name, website, city, contactName, contactEmail, null, notes, null);
        try {
            form = new CompanyRequest(name, website, city, contactName, contactEmail, date(partnerSince), notes, null);
            CompanyView created = companies.create(form);
            return "redirect:/admin/companies/" + created.id() + "?created";
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(status(e));
            model.addAttribute("companies", companies.list());
            model.addAttribute("form", form);
            model.addAttribute("error", e.getMessage());
            return "accounts/companies";
        }
    }

    @GetMapping("/admin/companies/{id}")
    String company(@PathVariable UUID id, Model model) {
        return companyPage(companies.get(id), model);
    }

    @PostMapping("/admin/companies/{id}")
    String update(@PathVariable UUID id, @RequestParam(required = false) String name, @RequestParam(required = false) String website,
            @RequestParam(required = false) String city, @RequestParam(required = false) String contactName,
            @RequestParam(required = false) String contactEmail, @RequestParam(required = false) String partnerSince,
            @RequestParam(required = false) String notes, @RequestParam(required = false) Long version, Model model,
            HttpServletResponse response) {
        try {
            companies.update(id, new CompanyRequest(name, website, city, contactName, contactEmail, date(partnerSince), notes, version));
            return "redirect:/admin/companies/" + id + "?saved";
        } catch (IllegalArgumentException | IllegalStateException | OptimisticLockingFailureException e) {
            response.setStatus(status(e));
            model.addAttribute("error", e.getMessage());
            return companyPage(companies.get(id), model);
        }
    }

    @PostMapping("/admin/companies/{id}/deactivate")
    String deactivateCompany(@PathVariable UUID id) {
        companies.deactivate(id);
        return "redirect:/admin/companies/" + id + "?deactivated";
    }

    @PostMapping("/admin/companies/{id}/reactivate")
    String reactivateCompany(@PathVariable UUID id) {
        companies.reactivate(id);
        return "redirect:/admin/companies/" + id + "?reactivated";
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("companies", companies.list().stream().filter(CompanyView::active).toList());
        model.addAttribute("staffRoles", new Role[] {Role.ADMIN, Role.COACH, Role.RECRUITER});
        model.addAttribute("dates", dates);
        return "accounts/accounts";
    }

    @PostMapping("/admin/accounts/{id}/role")
    String role(@PathVariable UUID id, @RequestParam Role role, @RequestParam(required = false) String companyId, Model model,
            HttpServletResponse response) {
        return onAccountsPage(() -> accounts.changeRole(id, new RoleChange(role,
                role == Role.RECRUITER && companyId != null && !companyId.isBlank() ? UUID.fromString(companyId) : null)),
                "roleChanged", model, response);
    }

    @PostMapping("/admin/accounts/{id}/deactivate")
    String deactivate(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return onAccountsPage(() -> accounts.deactivate(id), "deactivated", model, response);
    }

    @PostMapping("/admin/accounts/{id}/reactivate")
    String reactivate(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return onAccountsPage(() -> accounts.reactivate(id), "reactivated", model, response);
    }

    @ExceptionHandler({AccountsNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "accounts/not-found";
    }

    /**
     * Makes a change from the accounts page and goes back to it with {@code done} in the query; a
     * refused change (a bad value: 400, a conflict such as the last admin: 409) shows the page again with the reason.
     */
    private String onAccountsPage(Runnable change, String done, Model model, HttpServletResponse response) {
        try {
            change.run();
            return "redirect:/admin/accounts?" + done;
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(status(e));
            model.addAttribute("error", e.getMessage());
            return accounts(model);
        }
    }

    private String companyPage(CompanyView company, Model model) {
        model.addAttribute("company", company);
        model.addAttribute("recruiters", accounts.list().stream().filter(a -> company.id().equals(a.companyId())).toList());
        model.addAttribute("dates", dates);
        return "accounts/company";
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("partnerSince: a date like 2025-03-01");
        }
    }

    static int status(RuntimeException e) {
        return e instanceof IllegalArgumentException ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value();
    }
}
