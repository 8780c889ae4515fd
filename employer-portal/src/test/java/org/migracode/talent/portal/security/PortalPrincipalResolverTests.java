package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;

/**
 * The embedded provider's claims become portal principals only through {@code user_account}: role
 * and tenancy from the row, never from the claims. (External identities are resolved through
 * {@code external_identity}: {@link ExternalIdentityProviderIT} against a real second server.)
 */
class PortalPrincipalResolverTests {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);

    private PortalPrincipalResolver embeddedResolver() {
        when(accounts.findByUsername(anyString())).thenReturn(Optional.empty());
        return new PortalPrincipalResolver(accounts, new TalentSecurityProperties("preferred_username", null), null, false);
    }

    @Test
    void withTheEmbeddedProviderATokenWhoseAccountIsGoneIsRefusedWhateverRoleItCarries() {
        PortalPrincipalResolver resolver = embeddedResolver();
        assertThatThrownBy(() -> resolver.resolve(Map.of("sub", "gone", "preferred_username", "gone", "role", "COACH")))
                .isInstanceOf(PortalPrincipalResolver.RefusedIdentityException.class)
                .hasMessageContaining("has no account");
    }

    @Test
    void aKnownAccountTakesRoleAndTenancyFromTheDatabaseNotFromTheClaims() {
        UUID company = UUID.randomUUID();
        PortalPrincipalResolver resolver = embeddedResolver();
        when(accounts.findByUsername("rita")).thenReturn(Optional.of(new UserAccount(UUID.randomUUID(), "rita", "Rita", Role.RECRUITER, company, null)));

        PortalIdentity identity = resolver.resolve(Map.of("sub", "x-1", "preferred_username", "rita", "role", "ADMIN"));

        assertThat(identity.role()).isEqualTo(Role.RECRUITER);
        assertThat(identity.companyId()).isEqualTo(company);
    }

    @Test
    void aDisabledAccountIsRefused() {
        PortalPrincipalResolver resolver = embeddedResolver();
        UserAccount disabled = new UserAccount(UUID.randomUUID(), "old", "Old", Role.COACH, null, null);
        disabled.setEnabled(false);
        when(accounts.findByUsername("old")).thenReturn(Optional.of(disabled));

        assertThatThrownBy(() -> resolver.resolve(Map.of("sub", "old")))
                .isInstanceOfSatisfying(PortalPrincipalResolver.RefusedIdentityException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExternalSignIn.Refusal.DISABLED))
                .hasMessageContaining("is disabled");
    }

    @Test
    void aDottedClaimPathReachesIntoNestedObjects() {
        assertThat(PortalPrincipalResolver.claim(Map.of("a", Map.of("b", "x")), "a.b")).isEqualTo("x");
    }
}
