package org.migracode.talent.portal.security;

import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds the portal's claims to the embedded provider's ID tokens and access tokens: {@code role}
 * (ADMIN, COACH, RECRUITER, GRADUATE), {@code company_id} (recruiters), {@code graduate_id}
 * (graduates), {@code name} and {@code preferred_username}. Read from {@code user_account} at
 * issue time, so a refresh picks up a changed role. No token is issued for an account that was
 * deleted (an erased graduate) or disabled since the login: exchanging its authorization code or
 * refresh token fails with {@code invalid_grant}.
 */
class PortalTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLE = "role";
    static final String COMPANY_ID = "company_id";
    static final String GRADUATE_ID = "graduate_id";

    private final UserAccountRepository accounts;

    PortalTokenClaims(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        // a client-credentials token speaks for a client, not a person: it gets no role
        if ((!idToken && !accessToken) || AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        UserAccount account = accounts.findByUsername(context.getPrincipal().getName()).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "the account no longer exists or is disabled", null)));
        context.getClaims().claims(claims -> {
            claims.put(ROLE, account.getRole().name());
            claims.put("name", account.getDisplayName());
            claims.put("preferred_username", account.getUsername());
            if (account.getCompanyId() != null) {
                claims.put(COMPANY_ID, account.getCompanyId().toString());
            }
            if (account.getGraduateId() != null) {
                claims.put(GRADUATE_ID, account.getGraduateId().toString());
            }
        });
    }
}
