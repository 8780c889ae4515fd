package org.migracode.talent.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Flyway migrations are append-only: a database that already ran V3 never runs an edited V3 again,
 * so editing a landed migration leaves installed schools with a schema the code does not expect.
 * This test pins each landed migration's checksum (line endings normalised) in
 * {@code src/test/resources/db/migration-checksums.txt}. A new migration must have a higher version
 * than every landed one; append its line (the failure message prints it) when it lands.
 */
class MigrationHistoryTests {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void landedMigrationsAreUnchangedAndNewOnesComeLast() throws IOException {
        Map<String, String> landed = landedChecksums();
        Map<String, String> present = presentChecksums();

        for (Map.Entry<String, String> entry : landed.entrySet()) {
            assertThat(present).as("landed migration %s was deleted or renamed", entry.getKey())
                    .containsKey(entry.getKey());
            assertThat(present.get(entry.getKey()))
                    .as("landed migration %s was edited; add a new migration instead", entry.getKey())
                    .isEqualTo(entry.getValue());
        }
        int highestLanded = landed.keySet().stream().mapToInt(MigrationHistoryTests::version).max().orElse(0);
        List<String> unlisted = present.keySet().stream().filter(name -> !landed.containsKey(name)).toList();
        for (String name : unlisted) {
            assertThat(version(name)).as("new migration %s must come after V%d", name, highestLanded)
                    .isGreaterThan(highestLanded);
        }
        assertThat(unlisted).as("new migrations: append these lines to db/migration-checksums.txt once they land:%n%s",
                String.join("\n", unlisted.stream().map(name -> name + " " + present.get(name)).toList())).isEmpty();
    }

    @Test
    void checksumIgnoresLineEndingsOnly() {
        assertThat(checksum("a\r\nb\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(checksum("a\nb\n".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(checksum("a\nb \n".getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> landedChecksums() throws IOException {
        Map<String, String> landed = new LinkedHashMap<>();
        try (InputStream in = MigrationHistoryTests.class.getResourceAsStream("/db/migration-checksums.txt")) {
            assertThat(in).as("db/migration-checksums.txt on the test classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2) {
                    landed.put(parts[0], parts[1]);
                }
            }
        }
        return landed;
    }

    private static Map<String, String> presentChecksums() throws IOException {
        Map<String, String> present = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
            try (InputStream in = resource.getInputStream()) {
                present.put(resource.getFilename(), checksum(in.readAllBytes()));
            }
        }
        assertThat(present).as("migrations on the classpath").isNotEmpty();
        return present;
    }

    private static int version(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        assertThat(matcher.matches()).as("migration file name %s", fileName).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    static String checksum(byte[] content) {
        String normalised = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
