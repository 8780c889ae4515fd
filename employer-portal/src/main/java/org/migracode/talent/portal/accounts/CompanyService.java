package org.migracode.talent.portal.accounts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner companies, administered by admins: create, edit, deactivate, reactivate. Deactivating a
 * company disables its recruiters' accounts at once (their sessions and tokens are refused from the
 * next request) and refuses invitations into it; reactivating it re-enables nobody by itself.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CompanyService {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final CompanyRepository companies;
    private final UserAccountRepository accounts;

    CompanyService(CompanyRepository companies, UserAccountRepository accounts) {
        this.companies = companies;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<CompanyView> list() {
        return companies.findAll().stream().sorted(Comparator.comparing(Company::getName, String.CASE_INSENSITIVE_ORDER))
                .map(CompanyView::of).toList();
    }

    /** Active companies, by name: where staff may invite recruiters. */
    @PreAuthorize("hasAnyRole('ADMIN','COACH')")
    @Transactional(readOnly = true)
    public List<CompanyView> listActiveForInvitations() {
        return companies.findAll().stream().filter(Company::isActive)
                .sorted(Comparator.comparing(Company::getName, String.CASE_INSENSITIVE_ORDER)).map(CompanyView::of).toList();
    }

    @Transactional(readOnly = true)
    public CompanyView get(UUID id) {
        return CompanyView.of(find(id));
    }

    @Transactional
    public CompanyView create(CompanyRequest r) {
        String name = Fields.required("name", r.name(), 200);
        if (!companies.findAllByNameIgnoreCase(name).isEmpty()) {
            throw new IllegalStateException("name: a company called " + name + " exists already");
        }
        Company c = new Company(UUID.randomUUID(), name, null);
        apply(c, r);
        return CompanyView.of(companies.saveAndFlush(c));
    }

    @Transactional
    public CompanyView update(UUID id, CompanyRequest r) {
        Company c = find(id);
        if (r.version() == null) {
            throw new IllegalArgumentException("version: required for an edit (the version you loaded)");
        }
        if (r.version() != c.getVersion()) {
            throw new OptimisticLockingFailureException("company " + id + " changed meanwhile");
        }
        String name = Fields.required("name", r.name(), 200);
        if (companies.findAllByNameIgnoreCase(name).stream().anyMatch(other -> !other.getId().equals(id))) {
            throw new IllegalStateException("name: a company called " + name + " exists already");
        }
        c.rename(name);
        apply(c, r);
        companies.flush();
        return CompanyView.of(c);
    }

    /** Deactivates the company and disables every account of its recruiters. */
    @Transactional
    public CompanyView deactivate(UUID id) {
        Company c = find(id);
        c.setActive(false);
        for (UserAccount a : accounts.findByCompanyId(id)) {
            a.setEnabled(false);
        }
        companies.flush();
        return CompanyView.of(c);
    }

    /** Makes the company active again; its recruiters' accounts stay as they are (reactivate them one by one). */
    @Transactional
    public CompanyView reactivate(UUID id) {
        Company c = find(id);
        c.setActive(true);
        companies.flush();
        return CompanyView.of(c);
    }

    private Company find(UUID id) {
        return companies.findById(id).orElseThrow(() -> new AccountsNotFoundException("company", id));
    }

    private static void apply(Company c, CompanyRequest r) {
        c.setWebsite(Fields.website(r.website()));
        c.setCity(Fields.optional("city", r.city(), 100));
        c.setContactName(Fields.optional("contactName", r.contactName(), 200));
        c.setContactEmail(Fields.email("contactEmail", r.contactEmail(), false));
        if (r.partnerSince() != null && (r.partnerSince().isBefore(EARLIEST) || r.partnerSince().isAfter(LocalDate.now().plusYears(1)))) {
            throw new IllegalArgumentException("partnerSince: a date between " + EARLIEST + " and next year");
        }
        c.setPartnerSince(r.partnerSince());
        c.setNotes(Fields.optional("notes", r.notes(), 5000));
    }
}
