package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.account.Role;
import org.migracode.talent.index.account.UserAccount;
import org.migracode.talent.index.account.UserAccountRepository;

/** Claims of an external provider's tokens become portal principals; our database wins where it knows the person. */
class PortalPrincipalResolverTests {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);

    /** With an external provider: people unknown to user_account are taken from the claims. */
    private PortalPrincipalResolver resolver(String roleClaim) {
        when(accounts.findByUsername(anyString())).thenReturn(Optional.empty());
        return new PortalPrincipalResolver(accounts, new TalentSecurityProperties(roleClaim, "company_id", "preferred_username", null),
                false);
    }

    /** With the embedded provider: only user_account rows are people. */
    private PortalPrincipalResolver embeddedResolver() {
        when(accounts.findByUsername(anyString())).thenReturn(Optional.empty());
        return new PortalPrincipalResolver(accounts, new TalentSecurityProperties("role", "company_id", "preferred_username", null),
                true);
    }

    @Test
    void withTheEmbeddedProviderATokenWhoseAccountIsGoneIsRefusedWhateverRoleItCarries() {
        PortalPrincipalResolver resolver = embeddedResolver();
        assertThatThrownBy(() -> resolver.resolve(Map.of("sub", "gone", "preferred_username", "gone", "role", "COACH")))
                .isInstanceOf(PortalPrincipalResolver.RefusedIdentityException.class)
                .hasMessageContaining("has no account");
    }

    @Test
    void aGraduateWithoutAnAccountIsRefusedEvenWithAnExternalProvider() {
        assertThatThrownBy(() -> resolver("role").resolve(Map.of("sub", "erased", "role", "GRADUATE",
                "graduate_id", UUID.randomUUID().toString())))
                .isInstanceOf(PortalPrincipalResolver.RefusedIdentityException.class)
                .hasMessageContaining("graduate erased has no account");
    }

    @Test
    void aKnownAccountTakesRoleAndTenancyFromTheDatabaseNotFromTheClaims() {
        UUID company = UUID.randomUUID();
        PortalPrincipalResolver resolver = resolver("role");
        when(accounts.findByUsername("rita")).thenReturn(Optional.of(new UserAccount(UUID.randomUUID(), "rita", "Rita", Role.RECRUITER, company, null)));

        PortalIdentity identity = resolver.resolve(Map.of("sub", "x-1", "preferred_username", "rita", "role", "ADMIN"));

        assertThat(identity.role()).isEqualTo(Role.RECRUITER);
        assertThat(identity.companyId()).isEqualTo(company);
    }

    @Test
    void keycloakRealmRolesAreReadThroughADottedPath() {
        PortalIdentity identity = resolver("realm_access.roles").resolve(Map.of("sub", "kc-1", "preferred_username", "carla",
                "realm_access", Map.of("roles", List.of("offline_access", "uma_authorization", "coach"))));

        assertThat(identity.role()).isEqualTo(Role.COACH);
        assertThat(identity.accountId()).isNull();
        assertThat(identity.graduateId()).as("a graduate profile is only bound through user_account").isNull();
    }

    @Test
    void theMostPrivilegedOfSeveralRolesWins() {
        assertThat(PortalPrincipalResolver.roleFrom(List.of("ROLE_RECRUITER", "admin"))).contains(Role.ADMIN);
        assertThat(PortalPrincipalResolver.roleFrom("graduate")).contains(Role.GRADUATE);
        assertThat(PortalPrincipalResolver.roleFrom(List.of("offline_access"))).isEmpty();
    }

    @Test
    void anUnknownUserWithoutARoleIsRefused() {
        assertThatThrownBy(() -> resolver("role").resolve(Map.of("sub", "g-1")))
                .isInstanceOf(PortalPrincipalResolver.RefusedIdentityException.class)
                .hasMessageContaining("has no portal role in claim role");
    }

    @Test
    void anUnknownRecruiterNeedsACompany() {
        PortalPrincipalResolver resolver = resolver("role");
        assertThatThrownBy(() -> resolver.resolve(Map.of("sub", "r-1", "role", "RECRUITER")))
                .hasMessageContaining("has no company in claim company_id");
        UUID company = UUID.randomUUID();
        assertThat(resolver.resolve(Map.of("sub", "r-1", "role", "RECRUITER", "company_id", company.toString())).companyId())
                .isEqualTo(company);
    }

    @Test
    void aDisabledAccountIsRefused() {
        PortalPrincipalResolver resolver = resolver("role");
        UserAccount disabled = new UserAccount(UUID.randomUUID(), "old", "Old", Role.COACH, null, null);
        disabled.setEnabled(false);
        when(accounts.findByUsername("old")).thenReturn(Optional.of(disabled));

        assertThatThrownBy(() -> resolver.resolve(Map.of("sub", "old"))).hasMessageContaining("is disabled");
    }
}
