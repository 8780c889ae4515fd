package org.migracode.talent.portal.testing;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real access tokens for tests, signed with the embedded provider's own key and carrying the
 * claims it issues, so requests go through the real resource server: signature check, claim
 * mapping and the account lookup that decides role and company.
 */
public final class TestTokens {

    private final NimbusJwtEncoder encoder;

    public TestTokens(JWKSource<SecurityContext> keys) {
        this.encoder = new NimbusJwtEncoder(keys);
    }

    /** The audience the embedded provider gives tokens of the portal client. */
    public static final String PORTAL_AUDIENCE = "talent-portal";

    /** An access token for the demo account {@code username} (role and company come from the database). */
    public String accessToken(String username) {
        return accessToken(username, Map.of());
    }

    /**
     * An access token for {@code username} with extra claims, e.g. the {@code role} and
     * {@code graduate_id} the embedded provider adds, or another {@code aud}.
     */
    public String accessToken(String username, Map<String, Object> extraClaims) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("http://localhost")
                .subject(username)
                .audience(List.of(PORTAL_AUDIENCE))
                .claim("preferred_username", username)
                .claim("scope", "openid profile")
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600));
        extraClaims.forEach(claims::claim);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }

    /** Adds {@code Authorization: Bearer <token for username>} to a MockMvc request. */
    public RequestPostProcessor bearer(String username) {
        String token = accessToken(username);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
