package org.migracode.talent.portal.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.config.StorageProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The embedded (demo) OpenID Connect provider: Spring Authorization Server in the portal's own
 * process, logging people in against {@code user_account}. Only active when no external provider
 * is configured ({@link OnEmbeddedIdentityProviderCondition}).
 *
 * <p>It has its own filter chain and keeps its login in its own session attribute, so the
 * provider's session and the portal's session live side by side in one HTTP session: logging out
 * of the portal invalidates that HTTP session and so ends both.
 *
 * <p>Two clients are registered: {@value #PORTAL_CLIENT_ID}, the portal itself (confidential,
 * authorization code with PKCE, refresh tokens; its secret is random per start and never leaves the
 * process), and {@value #SCRIPTS_CLIENT_ID} for scripts and tests (public, authorization code with
 * PKCE to a loopback redirect URI {@code http://127.0.0.1:<any port>/callback}, as for native apps
 * in RFC 8252).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedIdentityProviderCondition.class)
class EmbeddedIdentityProviderConfiguration {

    static final String PORTAL_CLIENT_ID = "talent-portal";
    static final String SCRIPTS_CLIENT_ID = "talent-scripts";
    static final String PORTAL_REGISTRATION_ID = "portal";
    static final String SCRIPTS_REDIRECT_URI = "http://127.0.0.1/callback";

    /**
     * The audiences the API accepts: the provider puts the client id into {@code aud}, and only
     * these two clients exist, both acting for the portal (its browser login, and scripts).
     */
    static final Set<String> AUDIENCES = Set.of(PORTAL_CLIENT_ID, SCRIPTS_CLIENT_ID);

    /** Session attribute of the provider's own login, apart from the portal's. */
    static final String PROVIDER_SECURITY_CONTEXT = "TALENT_IDENTITY_PROVIDER_SECURITY_CONTEXT";

    private final String portalClientSecret = randomSecret();

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain identityProviderSecurity(HttpSecurity http, Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders,
            JwtDecoder jwtDecoder, SignInThrottle throttle, UserAccountRepository accounts, TalentSecurityProperties properties)
            throws Exception {
        URI fixedIssuer = properties.embeddedIssuer();
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(PROVIDER_SECURITY_CONTEXT);
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setSessionAttrName("TALENT_IDENTITY_PROVIDER_SAVED_REQUEST");
        ThrottledSignIn signIn = new ThrottledSignIn(throttle);

        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(new OrRequestMatcher(server.getEndpointsMatcher(), pathPattern("/login")));
            server.authorizationEndpoint(endpoint -> endpoint.authenticationProviders(providers -> providers.forEach(p -> {
                        if (p instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider provider) {
                            provider.setAuthenticationValidator(context -> PortalRedirectUris.validate(context, fixedIssuer));
                        }
                    })))
                    .oidc(oidc -> oidc.logoutEndpoint(logout -> logout
                            .logoutResponseHandler((request, response, authentication) -> {
                                if (authentication instanceof OidcLogoutAuthenticationToken token && token.isPrincipalAuthenticated()) {
                                    new SecurityContextLogoutHandler().logout(request, response, (Authentication) token.getPrincipal());
                                }
                                response.sendRedirect(request.getContextPath() + "/login?logout");
                            })
                            // the portal has already ended the session; an unknown id_token_hint (say, issued
                            // before a restart) must not leave the user on an error page
                            .errorResponseHandler((request, response, exception) ->
                                    response.sendRedirect(request.getContextPath() + "/login?logout"))));
        });
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/login").permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .failureHandler(signIn.failureHandler())
                        .successHandler(signIn.successHandler(requests)))
                // a locked user name or address is refused before its password is checked
                .addFilterBefore(signIn.filter(), UsernamePasswordAuthenticationFilter.class)
                // the provider's own login of an account deleted or disabled since ends too
                .addFilterBefore(new AccountSessionGuard(accounts), AnonymousAuthenticationFilter.class)
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requests))
                // not authenticationEntryPoint(..): that would take /login away from the login page
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), pathPattern("/oauth2/authorize")))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(jwtDecoder)))
                .headers(securityHeaders);
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository() {
        RegisteredClient portal = RegisteredClient.withId(UUID.nameUUIDFromBytes(PORTAL_CLIENT_ID.getBytes()).toString())
                .clientId(PORTAL_CLIENT_ID)
                // random per start and only ever in this process's memory
                .clientSecret("{noop}" + portalClientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                // the real redirect URI is checked against the request's origin, see PortalRedirectUris
                .redirectUri("http://127.0.0.1/login/oauth2/code/" + PORTAL_REGISTRATION_ID)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokenSettings())
                .build();
        RegisteredClient scripts = RegisteredClient.withId(UUID.nameUUIDFromBytes(SCRIPTS_CLIENT_ID.getBytes()).toString())
                .clientId(SCRIPTS_CLIENT_ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(SCRIPTS_REDIRECT_URI)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokenSettings())
                .build();
        return new InMemoryRegisteredClientRepository(portal, scripts);
    }

    private static TokenSettings tokenSettings() {
        return TokenSettings.builder()
                .accessTokenTimeToLive(Duration.ofMinutes(15))
                .refreshTokenTimeToLive(Duration.ofHours(8))
                .reuseRefreshTokens(false)
                .build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(TalentSecurityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.embeddedIssuer() != null) {
            settings.issuer(properties.embeddedIssuer().toString());
        }
        return settings.build();
    }

    @Bean
    SignInThrottle signInThrottle(SignInThrottleProperties limits, ObjectProvider<Clock> clock) {
        return new SignInThrottle(limits, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    SigningKeyStore signingKeyStore(StorageProperties storage) {
        return new SigningKeyStore(storage.dataDir().resolve("oidc"));
    }

    @Bean
    RSAKey signingKey(SigningKeyStore store) {
        return store.loadOrCreate();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    @Bean
    PortalTokenClaims portalTokenClaims(UserAccountRepository accounts) {
        return new PortalTokenClaims(accounts);
    }

    /**
     * Verifies the provider's own access tokens in-process with its public key. With no fixed issuer
     * the {@code iss} claim follows the request's host, so it is not compared; the key is unique to
     * this installation. ID tokens are refused as bearer tokens: they carry no {@code scope}. The
     * audience must be one of this provider's own clients ({@link #AUDIENCES}): a token issued for
     * anything else is refused even when the signature is right.
     */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, TalentSecurityProperties properties) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
        OAuth2TokenValidator<Jwt> accessTokensOnly = jwt -> jwt.hasClaim("scope")
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not an access token", null));
        OAuth2TokenValidator<Jwt> standard = properties.embeddedIssuer() == null ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(properties.embeddedIssuer().toString());
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(standard, accessTokensOnly, audience()));
        return decoder;
    }

    /** The {@code aud} claim names one of {@link #AUDIENCES}. */
    static OAuth2TokenValidator<Jwt> audience() {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().stream().anyMatch(AUDIENCES::contains)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "the token is not meant for this portal (aud must be one of " + AUDIENCES + ")", null));
    }

    /**
     * The portal as a client of the embedded provider. The browser is sent to the relative
     * {@code /oauth2/authorize}, so it stays on the origin it came from; the portal itself talks to
     * the token and key endpoints over {@code http://localhost:<port>} (or the fixed issuer).
     */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(Environment environment, TalentSecurityProperties properties) {
        return registrationId -> PORTAL_REGISTRATION_ID.equals(registrationId)
                ? portalRegistration(internalBaseUrl(environment, properties))
                : null;
    }

    ClientRegistration portalRegistration(String baseUrl) {
        return ClientRegistration.withRegistrationId(PORTAL_REGISTRATION_ID)
                .clientName("Migracode Talent (demo identity provider)")
                .clientId(PORTAL_CLIENT_ID)
                .clientSecret(portalClientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                .authorizationUri("/oauth2/authorize")
                .tokenUri(baseUrl + "/oauth2/token")
                .jwkSetUri(baseUrl + "/oauth2/jwks")
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", "/connect/logout"))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    static String internalBaseUrl(Environment environment, TalentSecurityProperties properties) {
        if (properties.embeddedIssuer() != null) {
            return trimSlash(properties.embeddedIssuer().toString());
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return UriComponentsBuilder.newInstance().scheme("http").host("localhost").port(port).path(trimSlash(contextPath))
                .build().toUriString();
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
