package org.migracode.talent.portal.accounts;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.index.accounts.Invitation;
import org.migracode.talent.index.accounts.InvitationRepository;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may invite whom, and what an invitation must say: an admin anyone; a coach coaches,
 * recruiters and graduates (not admins); a recruiter only recruiters of their own company. A
 * graduate's invitation names an existing graduate without an account; a recruiter's an active
 * company. An invitation the actor may not manage answers as if it did not exist.
 */
@Component
class InvitationRules {

    static final Set<String> LANGUAGES = Set.of("en", "es", "ca");

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final CompanyRepository companies;
    private final GraduateRepository graduates;
    private final School school;

    InvitationRules(InvitationRepository invitations, UserAccountRepository accounts, CompanyRepository companies,
            GraduateRepository graduates, School school) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.companies = companies;
        this.graduates = graduates;
        this.school = school;
    }

    /** Who an invitation is for, once the request passed the rules. */
    record Invitee(Role role, UUID companyId, UUID graduateId, String email, String name, String locale) {
    }

    /** The invitee {@code r} asks for, if {@code actor} may invite them (else 403, or 400/409 naming the field). */
    Invitee invitee(InvitationRequest r, Viewer actor) {
        Role role = r.role() != null ? r.role() : actor.role() == Role.RECRUITER ? Role.RECRUITER : null;
        if (role == null) {
            throw new IllegalArgumentException("role: required, ADMIN, COACH, RECRUITER or GRADUATE");
        }
        UUID companyId = r.companyId();
        if (actor.role() == Role.RECRUITER) {
            if (role != Role.RECRUITER || (companyId != null && !companyId.equals(actor.companyId()))) {
                throw new AccessDeniedException("a recruiter invites only recruiters of their own company");
            }
            companyId = actor.companyId();
        } else if (actor.role() == Role.COACH && role == Role.ADMIN) {
            throw new AccessDeniedException("only an admin invites admins");
        }
        String email;
        String name;
        UUID graduateId = null;
        if (role == Role.GRADUATE) {
            if (r.graduateId() == null) {
                throw new IllegalArgumentException("graduateId: required to invite a graduate");
            }
            GraduateProfile g = graduates.findById(r.graduateId())
                    .orElseThrow(() -> new IllegalArgumentException("graduateId: no graduate " + r.graduateId()));
            if (accounts.existsByGraduateId(g.getId())) {
                throw new IllegalStateException("graduateId: this graduate has an account already");
            }
            graduateId = g.getId();
            email = Fields.email("email", r.email() != null && !r.email().isBlank() ? r.email() : g.getEmail(), true);
            name = Fields.optional("displayName", r.displayName(), 200);
            name = name != null ? name : g.getDisplayName();
        } else {
            if (r.graduateId() != null) {
                throw new IllegalArgumentException("graduateId: only for role GRADUATE");
            }
            email = Fields.email("email", r.email(), true);
            name = Fields.required("displayName", r.displayName(), 200);
        }
        if (role == Role.RECRUITER) {
            if (companyId == null) {
                throw new IllegalArgumentException("companyId: required to invite a recruiter");
            }
            UUID id = companyId;
            Company c = companies.findById(id).orElseThrow(() -> new IllegalArgumentException("companyId: no company " + id));
            if (!c.isActive()) {
                throw new IllegalStateException("companyId: the company " + c.getName() + " is deactivated");
            }
        } else if (companyId != null) {
            throw new IllegalArgumentException("companyId: only for role RECRUITER");
        }
        String locale = language(r.locale());
        return new Invitee(role, companyId, graduateId, email, name, locale);
    }

    /** An invitation the actor may resend or revoke; anything else is "not found". */
    Invitation manageable(Viewer actor, UUID id) {
        Invitation i = invitations.findById(id).orElseThrow(() -> new AccountsNotFoundException("invitation", id));
        boolean allowed = switch (actor.role()) {
            case ADMIN -> true;
            case COACH -> i.getRole() != Role.ADMIN;
            case RECRUITER -> i.getRole() == Role.RECRUITER && actor.companyId() != null && actor.companyId().equals(i.getCompanyId());
            case GRADUATE -> false;
        };
        if (!allowed) {
            throw new AccountsNotFoundException("invitation", id);
        }
        return i;
    }

    /** The invitation's language: one the portal speaks, the school's default when none is asked for. */
    private String language(String requested) {
        if (requested == null || requested.isBlank()) {
            String fallback = school.settings().defaultLocale().getLanguage();
            return LANGUAGES.contains(fallback) ? fallback : "en";
        }
        String l = requested.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(l)) {
            throw new IllegalArgumentException("locale: en, es or ca");
        }
        return l;
    }
}
