package org.migracode.talent.portal.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, administered by admins: change a role, deactivate, reactivate. A deactivated account's
 * bearer tokens and browser sessions are refused from its next request (the security package looks
 * the account up on every request); so is a session whose role or company changed, which signs in
 * again with the new one. The last active admin can be neither demoted nor deactivated.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    private final UserAccountRepository accounts;
    private final CompanyRepository companies;

    AccountService(UserAccountRepository accounts, CompanyRepository companies) {
        this.accounts = accounts;
        this.companies = companies;
    }

    @Transactional(readOnly = true)
    public List<AccountView> list() {
        Map<UUID, String> names = companies.findAll().stream().collect(Collectors.toMap(Company::getId, Company::getName));
        return accounts.findAll().stream()
                .sorted(Comparator.comparing(UserAccount::getRole).thenComparing(UserAccount::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .map(a -> AccountView.of(a, a.getCompanyId() == null ? null : names.get(a.getCompanyId()))).toList();
    }

    @Transactional(readOnly = true)
    public AccountView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public AccountView changeRole(UUID id, RoleChange change) {
        if (change == null || change.role() == null) {
            throw new IllegalArgumentException("role: required, ADMIN, COACH or RECRUITER");
        }
        UserAccount a = find(id);
        UUID company = change.role() == Role.RECRUITER ? activeCompany(change.companyId()).getId() : null;
        if (change.role() != Role.RECRUITER && change.companyId() != null) {
            throw new IllegalArgumentException("companyId: only a recruiter belongs to a company");
        }
        if (a.getRole() == Role.ADMIN && change.role() != Role.ADMIN) {
            requireAnotherAdmin(a);
        }
        a.changeRole(change.role(), company);
        accounts.flush();
        return view(a);
    }

    @Transactional
    public AccountView deactivate(UUID id) {
        UserAccount a = find(id);
        if (a.getRole() == Role.ADMIN && a.isEnabled()) {
            requireAnotherAdmin(a);
        }
        a.setEnabled(false);
        accounts.flush();
        return view(a);
    }

    @Transactional
    public AccountView reactivate(UUID id) {
        UserAccount a = find(id);
        if (a.getCompanyId() != null) {
            Company c = companies.findById(a.getCompanyId()).orElseThrow();
            if (!c.isActive()) {
                throw new IllegalStateException("the company " + c.getName() + " is deactivated; reactivate it first");
            }
        }
        a.setEnabled(true);
        accounts.flush();
        return view(a);
    }

    private void requireAnotherAdmin(UserAccount admin) {
        if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= (admin.isEnabled() ? 1 : 0)) {
            throw new IllegalStateException("this is the last active admin; make someone else admin first");
        }
    }

    private Company activeCompany(UUID id) {
        if (id == null) {
            throw new IllegalArgumentException("companyId: required for a recruiter");
        }
        Company c = companies.findById(id).orElseThrow(() -> new IllegalArgumentException("companyId: no company " + id));
        if (!c.isActive()) {
            throw new IllegalStateException("the company " + c.getName() + " is deactivated");
        }
        return c;
    }

    private UserAccount find(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new AccountsNotFoundException("account", id));
    }

    private AccountView view(UserAccount a) {
        return AccountView.of(a, a.getCompanyId() == null ? null
                : companies.findById(a.getCompanyId()).map(Company::getName).orElse(null));
    }

}
