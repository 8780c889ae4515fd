package org.migracode.talent.portal.accounts;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Companies over REST. Admins only (URL rule {@code /api/v1/admin/**} and the service). */
@RestController
@RequestMapping("/api/v1/admin/companies")
class CompanyApiController {

    private final CompanyService companies;

    CompanyApiController(CompanyService companies) {
        this.companies = companies;
    }

    @Operation(summary = "All companies, by name.", description = "Roles: ADMIN.")
    @GetMapping
    List<CompanyView> list() {
        return companies.list();
    }

    @Operation(summary = "One company.", description = "Roles: ADMIN.")
    @GetMapping("/{id}")
    CompanyView get(@PathVariable UUID id) {
        return companies.get(id);
    }

    @Operation(summary = "Create a company (name required and unique).", description = "Roles: ADMIN.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CompanyView create(@RequestBody CompanyRequest request) {
        return companies.create(request);
    }

    @Operation(summary = "Edit a company: every field is replaced; version required (409 when it changed meanwhile).", description = "Roles: ADMIN.")
    @PutMapping("/{id}")
    CompanyView update(@PathVariable UUID id, @RequestBody CompanyRequest request) {
        return companies.update(id, request);
    }

    @Operation(summary = "Deactivate a company: its recruiters' accounts are disabled at once.", description = "Roles: ADMIN.")
    @PostMapping("/{id}/deactivate")
    CompanyView deactivate(@PathVariable UUID id) {
        return companies.deactivate(id);
    }

    @Operation(summary = "Reactivate a company (its recruiters stay disabled until reactivated one by one).", description = "Roles: ADMIN.")
    @PostMapping("/{id}/reactivate")
    CompanyView reactivate(@PathVariable UUID id) {
        return companies.reactivate(id);
    }
}
