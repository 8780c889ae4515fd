package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The signing key outlives the process: a token signed before a restart verifies after it. */
class SigningKeyStoreTests {

    @TempDir
    Path dataDir;

    @Test
    void aTokenSignedBeforeARestartStillVerifiesAfterIt() throws Exception {
        Path oidc = dataDir.resolve("oidc");
        RSAKey before = new SigningKeyStore(oidc).loadOrCreate();
        String token = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(before)))
                .encode(JwtEncoderParameters.from(JwtClaimsSet.builder().subject("admin").claim("scope", "openid")
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build()))
                .getTokenValue();

        RSAKey after = new SigningKeyStore(oidc).loadOrCreate(); // a new process reads the same folder

        assertThat(after.getKeyID()).isEqualTo(before.getKeyID());
        assertThat(NimbusJwtDecoder.withPublicKey(after.toRSAPublicKey()).build().decode(token).getSubject()).isEqualTo("admin");
    }

    @Test
    void theKeyFileIsCreatedForTheOwnerOnly() throws Exception {
        SigningKeyStore store = new SigningKeyStore(dataDir.resolve("oidc"));
        store.loadOrCreate();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent()))).isEqualTo("rwx------");
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(store.file());
        }
    }

    @Test
    void aCorruptKeyFileStopsTheStartWithAClearMessage() throws Exception {
        Path oidc = Files.createDirectories(dataDir.resolve("oidc"));
        Files.writeString(oidc.resolve(SigningKeyStore.FILE_NAME), "not json");

        assertThatThrownBy(() -> new SigningKeyStore(oidc).loadOrCreate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a JWK").hasMessageContaining("delete it to create a new one");
    }
}
