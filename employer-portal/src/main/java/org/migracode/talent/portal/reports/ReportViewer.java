package org.migracode.talent.portal.reports;

import java.util.UUID;
import org.migracode.talent.index.account.Role;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.core.Authentication;

/** Who is asking for a report: role, and the company of a recruiter. Null for anonymous callers. */
record ReportViewer(Role role, UUID companyId, UUID accountId) {

    static ReportViewer of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p) {
            return new ReportViewer(p.role(), p.companyId(), p.accountId());
        }
        return null;
    }

    boolean staff() {
        return role == Role.COACH || role == Role.ADMIN;
    }
}
