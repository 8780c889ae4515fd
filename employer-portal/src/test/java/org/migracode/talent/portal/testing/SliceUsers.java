package org.migracode.talent.portal.testing;

import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in portal users for controller slices ({@link WebSliceTest}), as a sign-in would resolve
 * them. A slice has no security filter chain, so {@link #as} puts the authentication into the
 * security context of the (same) thread MockMvc dispatches on; call {@link #signOut()} after each test.
 */
public final class SliceUsers {

    private SliceUsers() {
    }

    /** The request is made by {@code authentication}. */
    public static RequestPostProcessor as(Authentication authentication) {
        return request -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            return request;
        };
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A signed-in portal user of {@code role}, bound to {@code company} or {@code graduate}. */
    public static Authentication signedIn(Role role, UUID company, UUID graduate) {
        PortalPrincipal principal = new SlicePrincipal("slice-" + role.name().toLowerCase(), UUID.randomUUID(), role, company,
                graduate);
        return new TestingAuthenticationToken(principal, null, List.of(new SimpleGrantedAuthority(PortalPrincipal.authorityOf(role))));
    }

    /** A portal principal as a sign-in would resolve it. */
    record SlicePrincipal(String name, UUID accountId, Role role, UUID companyId, UUID graduateId) implements PortalPrincipal {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String displayName() {
            return name;
        }
    }
}
