package org.migracode.talent.portal.listings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in portal user for MockMvc: the role authority plus the tenancy a real login would
 * resolve. ({@code jwt()} alone yields a {@code Jwt} principal without company or graduate.)
 */
record TestPrincipal(String name, Role role, UUID companyId, UUID graduateId) implements PortalPrincipal {

    static RequestPostProcessor recruiterOf(UUID company) {
        return new TestPrincipal("recruiter-" + company, Role.RECRUITER, company, null).asRequest();
    }

    static RequestPostProcessor coach() {
        return new TestPrincipal("coach", Role.COACH, null, null).asRequest();
    }

    static RequestPostProcessor admin() {
        return new TestPrincipal("admin", Role.ADMIN, null, null).asRequest();
    }

    static RequestPostProcessor graduate(UUID graduate) {
        return new TestPrincipal("graduate-" + graduate, Role.GRADUATE, null, graduate).asRequest();
    }

    RequestPostProcessor asRequest() {
        return authentication(new TestingAuthenticationToken(this, null,
                List.of(new SimpleGrantedAuthority(PortalPrincipal.authorityOf(role)))));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public UUID accountId() {
        return null;
    }

    @Override
    public String displayName() {
        return name;
    }
}
