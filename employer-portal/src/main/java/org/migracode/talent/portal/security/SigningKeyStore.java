package org.migracode.talent.portal.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded identity provider's RSA signing key, kept as a JWK in {@code <data-dir>/oidc/}
 * so that tokens and sessions survive a restart. Created on first use (2048 bits, key id = its
 * RFC 7638 thumbprint), readable by the owner only where the file system has POSIX permissions.
 */
final class SigningKeyStore {

    static final String FILE_NAME = "signing-key.jwk.json";

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;

    SigningKeyStore(Path directory) {
        this.directory = directory;
    }

    Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** The stored key, or a new one stored first. */
    synchronized RSAKey loadOrCreate() {
        try {
            if (Files.exists(file())) {
                return read();
            }
            RSAKey key = generate();
            write(key);
            log.info("Created the embedded identity provider's signing key {} in {}", key.getKeyID(), file());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the signing key in " + directory, e);
        }
    }

    private RSAKey read() throws IOException {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file(), StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException(file() + " holds no private key; delete it to create a new one");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException(file() + " is not a JWK (" + e.getMessage() + "); delete it to create a new one", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA key", e);
        }
    }

    private void write(RSAKey key) throws IOException {
        if (POSIX) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
        // written to a private temporary file first, so the key is never readable by others nor half-written
        Path temp = POSIX
                ? Files.createTempFile(directory, "signing-key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, "signing-key", ".tmp");
        Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
        try {
            Files.move(temp, file(), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
