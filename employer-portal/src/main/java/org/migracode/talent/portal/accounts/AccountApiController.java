package org.migracode.talent.portal.accounts;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts over REST. Admins only (URL rule {@code /api/v1/admin/**} and the service). */
@RestController
@RequestMapping("/api/v1/admin/accounts")
class AccountApiController {

    private final AccountService accounts;

    AccountApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "All accounts with role, company, last sign-in and whether enabled.", description = "Roles: ADMIN.")
    @GetMapping
    List<AccountView> list() {
        return accounts.list();
    }

    @Operation(summary = "One account.", description = "Roles: ADMIN.")
    @GetMapping("/{id}")
    AccountView get(@PathVariable UUID id) {
        return accounts.get(id);
    }

    @Operation(summary = "Change a staff or recruiter account's role (companyId for RECRUITER); the account's session signs in "
            + "again. 409 for the last active admin. ", description = "Roles: ADMIN.")
    @PutMapping("/{id}/role")
    AccountView changeRole(@PathVariable UUID id, @RequestBody RoleChange change) {
        return accounts.changeRole(id, change);
    }

    @Operation(summary = "Deactivate: the account's bearer tokens and sessions are refused from their next request.", description = "Roles: ADMIN.")
    @PostMapping("/{id}/deactivate")
    AccountView deactivate(@PathVariable UUID id) {
        return accounts.deactivate(id);
    }

    @Operation(summary = "Reactivate an account (409 while its company is deactivated).", description = "Roles: ADMIN.")
    @PostMapping("/{id}/reactivate")
    AccountView reactivate(@PathVariable UUID id) {
        return accounts.reactivate(id);
    }
}
