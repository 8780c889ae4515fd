package org.migracode.talent.portal.security;

import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.portal.system.ProblemMessages;
import org.springframework.web.servlet.LocaleResolver;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. URL rules are the outer fence; services also check roles and tenancy
 * with method security, so a forgotten URL rule does not open data.
 *
 * <p>People sign in with OpenID Connect (the embedded demo provider, or an external one);
 * {@code /api/**} also takes a bearer JWT from the same issuer. Browser sessions need a CSRF token
 * for writes; bearer-token requests do not. API and actuator callers get 401/403 as problem JSON,
 * browsers are sent to the login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, MetricsProperties metrics, ClientRegistrationRepository clients,
            JwtDecoder jwtDecoder, PortalPrincipalResolver principals, Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders,
            Environment environment, ProblemMessages problems, LocaleResolver localeResolver, UserAccountRepository accounts,
            ExternalSignIn externalSignIn) throws Exception {
        boolean embedded = !OnEmbeddedIdentityProviderCondition.external(environment);
        RequestMatcher machines = new OrRequestMatcher(pathPattern("/api/**"), pathPattern("/actuator/**"));
        String loginUrl = loginUrl(environment, embedded);

        OidcClientInitiatedLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(clients);
        if (embedded) {
            // the embedded provider sends the browser on to its login page itself
            logoutSuccess.setDefaultTargetUrl("/login?logout");
        } else {
            // register <portal>/ as a valid post-logout redirect URI at the provider
            logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
        }

        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // the embedded login's "forgot password" and reset pages (portal.password); with an external
                        // provider they do not exist and stay behind sign-in like any unknown path
                        .requestMatchers(embedded ? new OrRequestMatcher(pathPattern("/password/forgot"), pathPattern("/password/reset"))
                                : request -> false).permitAll()
                        .requestMatchers("/actuator/prometheus").access(new ScrapeTokenAuthorizationManager(metrics))
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        // a graduate's own data (portal.privacy); GET /api/v1/me itself stays open to every signed-in user
                        .requestMatchers("/api/v1/me/*", "/api/v1/me/*/*").hasRole("GRADUATE")
                        .requestMatchers("/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                                SignInRefusedController.PATH).permitAll()
                        // an invitation link (its token is the proof) and the first admin's one-time setup (portal.accounts)
                        .requestMatchers("/invite/*", "/invite/*/external", "/setup").permitAll()
                        // a notification mail's unsubscribe link (its random token is the proof; GET only shows a button)
                        .requestMatchers("/unsubscribe/*").permitAll()
                        // published placement reports: aggregates only, for the school's website and funders
                        .requestMatchers(HttpMethod.GET, "/reports/public", "/api/v1/reports/public").permitAll()
                        // the school's logo: in the header of the public reports page too, and no secret
                        .requestMatchers(HttpMethod.GET, "/school/logo").permitAll()
                        .anyRequest().authenticated())
                // registered before oauth2Login's own entry point, so these win for API and actuator paths
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(ProblemResponses.unauthorized(problems, localeResolver), machines)
                        .defaultAccessDeniedHandlerFor(ProblemResponses.forbidden(problems, localeResolver), machines)
                        // every other page sends the browser (or a script, whatever it accepts) to sign in
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(loginUrl),
                                new NegatedRequestMatcher(machines)))
                .oauth2Login(login -> {
                    login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                            new PortalOidcUserService(principals, embedded ? null : externalSignIn)));
                    if (embedded) {
                        login.loginPage(loginUrl)
                                // a refused identity must not bounce straight back into the provider's live session
                                .failureHandler((request, response, exception) -> {
                                    var session = request.getSession(false);
                                    if (session != null) {
                                        session.invalidate();
                                    }
                                    response.sendRedirect(request.getContextPath() + "/login?refused");
                                });
                    } else {
                        // an identity that is not invited, or whose account is disabled: a page that says so
                        login.failureHandler((request, response, exception) -> {
                            var session = request.getSession(false);
                            if (session != null) {
                                session.invalidate();
                            }
                            response.sendRedirect(request.getContextPath() + SignInRefusedController.PATH + "?reason="
                                    + SignInRefusedController.reasonOf(exception));
                        });
                    }
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new ScrapeTokenAwareBearerTokenResolver(metrics))
                        .authenticationEntryPoint(ProblemResponses.unauthorized(problems, localeResolver))
                        .accessDeniedHandler(ProblemResponses.forbidden(problems, localeResolver))
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(new PortalJwtAuthenticationConverter(principals))))
                .logout(logout -> logout.logoutSuccessHandler(logoutSuccess))
                // a session whose account was deleted (erasure) or disabled since sign-in ends here
                .addFilterBefore(new AccountSessionGuard(accounts), AnonymousAuthenticationFilter.class)
                .headers(securityHeaders);
        return http.build();
    }

    /** Requests the HTTP firewall refuses answer 400 with a problem body, not a container error. */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(ProblemMessages problems,
            LocaleResolver localeResolver) {
        return ProblemResponses.rejected(problems, localeResolver);
    }

    /**
     * Where a browser goes to sign in: straight to the only provider's authorization request, or
     * to Spring's page listing the providers when there are several.
     */
    private static String loginUrl(Environment environment, boolean embedded) {
        if (embedded) {
            return "/oauth2/authorization/" + EmbeddedIdentityProviderConfiguration.PORTAL_REGISTRATION_ID;
        }
        Map<String, Object> registrations = Binder.get(environment)
                .bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of());
        return registrations.size() == 1 ? "/oauth2/authorization/" + registrations.keySet().iterator().next() : "/login";
    }

    /**
     * The same security headers on every chain: a CSP without inline scripts or styles, no framing,
     * no MIME sniffing, a same-origin referrer, and HSTS (Spring sends it only over TLS). With an
     * external provider its origin joins {@code form-action}, since the login and logout forms
     * redirect there.
     */
    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders(Environment environment) {
        String policy = contentSecurityPolicy(externalProviderOrigins(environment));
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    static String contentSecurityPolicy(Set<String> formActionOrigins) {
        return formActionOrigins.isEmpty() ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY + " " + String.join(" ", formActionOrigins);
    }

    private static Set<String> externalProviderOrigins(Environment environment) {
        Map<String, String> providers = Binder.get(environment)
                .bind("spring.security.oauth2.client.provider", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Set<String> origins = new LinkedHashSet<>();
        providers.forEach((key, value) -> {
            if (key.endsWith("issuer-uri") || key.endsWith("authorization-uri")) {
                URI uri = URI.create(value);
                if (uri.getScheme() != null && uri.getHost() != null) {
                    origins.add(uri.getScheme() + "://" + uri.getAuthority());
                }
            }
        });
        return origins;
    }

    /**
     * BCrypt for new hashes, at {@code talent.security.password-hash-strength} (default 10); stored
     * hashes carry their algorithm id ({@code {bcrypt}…}) and cost (see {@link PortalPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${talent.security.password-hash-strength:10}") String strength) {
        PortalPasswordEncoder encoder = PortalPasswordEncoder.fromSetting(strength);
        if (encoder.strength() < PortalPasswordEncoder.DEFAULT_STRENGTH) {
            log.warn("talent.security.password-hash-strength={}: new password hashes are weaker than BCrypt's default {}; "
                    + "meant for tests only", encoder.strength(), PortalPasswordEncoder.DEFAULT_STRENGTH);
        }
        return encoder;
    }
}
