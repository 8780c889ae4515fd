package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The one way a request says who is asking: each role, tokens without a portal account, anonymous callers. */
class ViewerArgumentResolverTests {

    private static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID GRADUATE = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    private final ViewerArgumentResolver resolver = new ViewerArgumentResolver();

    @SuppressWarnings("unused")
    private void handler(Viewer required, Optional<Viewer> optional, @RoleOnlyAllowed Viewer roleOnly, String other) {
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method m = ViewerArgumentResolverTests.class.getDeclaredMethod("handler", Viewer.class, Optional.class, Viewer.class,
                String.class);
        return new MethodParameter(m, index);
    }

    private Object resolve(int index, Authentication authentication) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return resolver.resolveArgument(parameter(index), null, null, null);
    }

    private static Authentication signedIn(Role role, UUID company, UUID graduate) {
        PortalIdentity identity = new PortalIdentity("user-" + role, ACCOUNT, role, company, graduate, "Shown " + role);
        return new TestingAuthenticationToken(identity, null, List.of(() -> PortalPrincipal.authorityOf(role)));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void supportsViewerAndOptionalViewerOnly() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isTrue();
        assertThat(resolver.supportsParameter(parameter(2))).isTrue();
        assertThat(resolver.supportsParameter(parameter(3))).isFalse();
    }

    @Test
    void aRecruiterIsBoundToTheirCompany() throws Exception {
        Viewer v = (Viewer) resolve(0, signedIn(Role.RECRUITER, COMPANY, null));
        assertThat(v).isEqualTo(new Viewer(Role.RECRUITER, ACCOUNT, COMPANY, null, "user-RECRUITER", "Shown RECRUITER"));
        assertThat(v.recruiter()).isTrue();
        assertThat(v.staff()).isFalse();
    }

    @Test
    void aGraduateIsBoundToTheirProfile() throws Exception {
        Viewer v = (Viewer) resolve(0, signedIn(Role.GRADUATE, null, GRADUATE));
        assertThat(v.graduateId()).isEqualTo(GRADUATE);
        assertThat(v.companyId()).isNull();
        assertThat(v.graduate()).isTrue();
        assertThat(v.staff()).isFalse();
    }

    @Test
    void coachesAndAdminsAreStaffOnlyAdminsAreAdmins() throws Exception {
        Viewer coach = (Viewer) resolve(0, signedIn(Role.COACH, null, null));
        Viewer admin = (Viewer) resolve(0, signedIn(Role.ADMIN, null, null));
        assertThat(coach.staff()).isTrue();
        assertThat(coach.admin()).isFalse();
        assertThat(admin.staff()).isTrue();
        assertThat(admin.admin()).isTrue();
        assertThat(admin.requireAccount()).isEqualTo(ACCOUNT);
    }

    @Test
    void aTokenWithoutAPortalAccountIsRefusedUnlessTheParameterAllowsRoleOnly() throws Exception {
        Authentication bare = new TestingAuthenticationToken("robot", null, "ROLE_COACH", "ROLE_RECRUITER");
        assertThatThrownBy(() -> resolve(0, bare)).isInstanceOf(AccessDeniedException.class);
        assertThat(resolve(1, bare)).isEqualTo(Optional.empty());
        Viewer roleOnly = (Viewer) resolve(2, bare);
        // the most privileged portal role, bound to nothing, so it sees no company's data
        assertThat(roleOnly).isEqualTo(new Viewer(Role.COACH, null, null, null, "robot", "robot"));
        assertThatThrownBy(roleOnly::requireAccount).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTokenWithoutAPortalRoleIsNobodyEvenWhereRoleOnlyIsAllowed() throws Exception {
        Authentication other = new TestingAuthenticationToken("x", null, "ROLE_SOMETHING", "SCOPE_read");
        assertThatThrownBy(() -> resolve(2, other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersHaveNoViewer() throws Exception {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThatThrownBy(() -> resolve(0, anonymous)).isInstanceOf(AccessDeniedException.class);
        assertThat(resolve(1, anonymous)).isEqualTo(Optional.empty());
        assertThat(resolve(1, null)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> resolve(2, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(ViewerArgumentResolver.current()).isEmpty();
    }

    @Test
    void anUnauthenticatedTokenIsNobody() throws Exception {
        TestingAuthenticationToken pending = new TestingAuthenticationToken(
                new PortalIdentity("r", ACCOUNT, Role.RECRUITER, COMPANY, null, "R"), null);
        pending.setAuthenticated(false);
        assertThat(resolve(1, pending)).isEqualTo(Optional.empty());
    }

    @Test
    void theCurrentViewerIsTheSignedInPortalUser() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(signedIn(Role.RECRUITER, COMPANY, null));
        assertThat(ViewerArgumentResolver.current()).map(Viewer::companyId).contains(COMPANY);
    }
}
