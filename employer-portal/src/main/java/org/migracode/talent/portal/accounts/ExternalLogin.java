package org.migracode.talent.portal.accounts;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether people sign in at an external OpenID Connect provider (then the embedded login, and with
 * it passwords, does not exist), and where the portal's sign-in starts. Same rule as the security
 * package's: any {@code spring.security.oauth2.client.registration.*} or resource-server issuer.
 */
@Component
class ExternalLogin {

    private final boolean configured;
    private final String loginUrl;

    ExternalLogin(Environment environment) {
        Map<String, Object> registrations = Binder.get(environment)
                .bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, Object.class)).orElse(Map.of());
        this.configured = !registrations.isEmpty()
                || environment.containsProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                || environment.containsProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
        this.loginUrl = registrations.size() == 1 ? "/oauth2/authorization/" + registrations.keySet().iterator().next() : "/login";
    }

    boolean configured() {
        return configured;
    }

    /** Where the browser starts an external sign-in: the only provider, or Spring's list of providers. */
    String loginUrl() {
        return loginUrl;
    }
}
