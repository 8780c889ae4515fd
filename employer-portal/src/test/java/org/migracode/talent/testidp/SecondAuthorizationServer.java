package org.migracode.talent.testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A second, independent OpenID Connect provider for tests: a real Spring Authorization Server in
 * its own application context and Tomcat on its own port, with its own users and signing key,
 * standing in for Keycloak or Entra ID. Not a Spring component (the portal's component scan never
 * sees it: another package, and no stereotype).
 *
 * <p>Users (password {@code <name>-pw}): {@code linked-person}, {@code invited-person},
 * {@code stranger}, {@code deactivated-person}, {@code invited-twice}, plus whatever a test names
 * in {@code users}. Every token carries an {@code email} claim {@code <name>@second-idp.test},
 * which the portal must never link by.
 *
 * <p>Clients: {@code talent-portal-ext} (confidential, the portal's browser sign-in, redirect
 * {@code <portal>/login/oauth2/code/ext}) and {@code talent-scripts} (public, PKCE, loopback
 * {@code http://127.0.0.1/callback}, for access tokens in tests).
 */
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
@EnableWebSecurity
public class SecondAuthorizationServer {

    public static final String CLIENT_ID = "talent-portal-ext";
    public static final String CLIENT_SECRET = "second-idp-secret";
    public static final String[] USERS = {"linked-person", "invited-person", "stranger", "deactivated-person", "invited-twice",
            "bearer-linked", "bearer-stranger"};

    /** Starts the server on {@code port}, issuer {@code http://127.0.0.1:<port>}, for a portal at {@code portalBase}. */
    public static ConfigurableApplicationContext start(int port, String portalBase) {
        return new SpringApplicationBuilder(SecondAuthorizationServer.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.of(
                        // none of the portal's application.properties
                        "spring.config.name", "second-idp",
                        "server.port", Integer.toString(port),
                        // 127.0.0.1 and localhost keep separate cookies anyway; a distinct name makes it obvious
                        "server.servlet.session.cookie.name", "SECONDIDPSESSION",
                        "second-idp.portal-base", portalBase,
                        "spring.main.banner-mode", "off"))
                .run();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServer(HttpSecurity http, JwtDecoder decoder) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(decoder)));
        return http.build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (String name : USERS) {
            users.createUser(User.withUsername(name).password("{noop}" + name + "-pw").roles("USER").build());
        }
        return users;
    }

    @Bean
    RegisteredClientRepository clients(Environment environment) {
        String portal = environment.getRequiredProperty("second-idp.portal-base");
        RegisteredClient browser = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(portal + "/login/oauth2/code/ext")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
        RegisteredClient scripts = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("talent-scripts")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/callback")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build();
        return new InMemoryRegisteredClientRepository(browser, scripts);
    }

    /** An e-mail claim in every token: the portal records it but must never link by it. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailClaim() {
        return context -> context.getClaims().claim("email", context.getPrincipal().getName() + "@second-idp.test")
                .claim("email_verified", true);
    }

    @Bean
    RSAKey signingKey() throws Exception {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey) throws Exception {
        return NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
    }

    @Bean
    AuthorizationServerSettings settings(Environment environment) {
        return AuthorizationServerSettings.builder().issuer("http://127.0.0.1:" + environment.getRequiredProperty("server.port"))
                .build();
    }
}
