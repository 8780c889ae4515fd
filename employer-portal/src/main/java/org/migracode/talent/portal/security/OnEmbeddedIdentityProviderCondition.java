package org.migracode.talent.portal.security;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when no external identity provider is configured: no
 * {@code spring.security.oauth2.client.registration.*} and no
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} / {@code jwk-set-uri}. Then the
 * portal runs its own (demo) OpenID Connect provider.
 */
public class OnEmbeddedIdentityProviderCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return external(context.getEnvironment())
                ? ConditionOutcome.noMatch("an external OpenID Connect provider is configured")
                : ConditionOutcome.match("no external OpenID Connect provider is configured");
    }

    static boolean external(Environment environment) {
        Map<String, Object> registrations = Binder.get(environment)
                .bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of());
        return !registrations.isEmpty()
                || environment.containsProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                || environment.containsProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
    }

    /** The opposite: an external provider is configured. */
    static class External extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return external(context.getEnvironment())
                    ? ConditionOutcome.match("an external OpenID Connect provider is configured")
                    : ConditionOutcome.noMatch("no external OpenID Connect provider is configured");
        }
    }
}
