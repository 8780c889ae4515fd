package org.migracode.talent.portal.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Bearer tokens from an external OpenID Connect provider (Keycloak, Entra ID, Google). Browser
 * login uses Spring Boot's {@code spring.security.oauth2.client.*} as is; this only decides which
 * issuer's tokens the API accepts: {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * (or {@code jwk-set-uri}), else the issuer of the first client provider. With
 * {@code spring.security.oauth2.resourceserver.jwt.audiences} set, the {@code aud} claim must name
 * one of them. The provider's metadata is fetched on the first request, not at start-up, so the
 * portal starts while the provider is still starting.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedIdentityProviderCondition.External.class)
class ExternalIdentityProviderConfiguration {

    @Bean
    JwtDecoder jwtDecoder(Environment environment) {
        String prefix = "spring.security.oauth2.resourceserver.jwt.";
        String jwkSetUri = environment.getProperty(prefix + "jwk-set-uri");
        String issuer = environment.getProperty(prefix + "issuer-uri", firstClientIssuer(environment));
        List<String> audiences = Binder.get(environment).bind(prefix + "audiences", Bindable.listOf(String.class))
                .orElse(List.of());
        if (jwkSetUri == null && issuer == null) {
            throw new IllegalStateException("An external identity provider is configured but its issuer is unknown: set "
                    + prefix + "issuer-uri or spring.security.oauth2.client.provider.<name>.issuer-uri");
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = jwkSetUri != null ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build()
                    : NimbusJwtDecoder.withIssuerLocation(issuer).build();
            OAuth2TokenValidator<Jwt> validator = issuer != null ? JwtValidators.createDefaultWithIssuer(issuer)
                    : JwtValidators.createDefault();
            if (!audiences.isEmpty()) {
                validator = new DelegatingOAuth2TokenValidator<>(validator, new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
            }
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    private static String firstClientIssuer(Environment environment) {
        Bindable<Map<String, Map<String, String>>> type = Bindable.of(ResolvableType.forClassWithGenerics(Map.class,
                ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(Map.class, String.class, String.class)));
        Map<String, Map<String, String>> providers = Binder.get(environment)
                .bind("spring.security.oauth2.client.provider", type).orElse(Map.of());
        return providers.values().stream().map(p -> p.get("issuer-uri")).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(null);
    }
}
