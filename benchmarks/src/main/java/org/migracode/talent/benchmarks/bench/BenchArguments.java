package org.migracode.talent.benchmarks.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The validated arguments of {@code bench}. Bad input throws {@link BenchUsageException} with a
 * message that names the flag and what was wrong.
 *
 * @param profiles graduate profiles to generate (at least 2)
 * @param queries timed queries per measured path (at least 1)
 * @param seed demo-data seed; also fixes the interleaved query order
 * @param keep folder to keep the database and index in, or {@code null} for a deleted temp folder
 * @param databaseUrl JDBC URL of an external, empty PostgreSQL, or {@code null} for the embedded one
 * @param databaseUser user for {@code databaseUrl}
 * @param databasePassword password for {@code databaseUrl}
 * @param loadingThreads mass-indexer loading threads ({@code talent.index.loading-threads})
 * @param writes edits timed for the "edit → searchable" row (0 skips it)
 * @param writeRate edits per second of that row
 * @param portalJar the portal jar for the HTTP row, or {@code null} to skip it
 * @param vectors where the generated profiles' and listings' sentence embeddings come from
 */
public record BenchArguments(int profiles, int queries, long seed, Path keep, String databaseUrl,
        String databaseUser, String databasePassword, int loadingThreads, int writes, int writeRate, Path portalJar,
        VectorSource vectors) {

    /** {@code --vectors}: the embedding channel's vectors in this run. */
    public enum VectorSource {
        /** the real model at write time (~15–25 ms of CPU per profile and listing), as the portal does */
        MODEL,
        /** {@link SyntheticTextEmbedder}: deterministic hashed-word vectors, microseconds each; same query work */
        SYNTHETIC,
        /** the embedding channel switched off ({@code talent.matching.embedding.enabled=false}): no vectors */
        OFF
    }

    static final String USAGE = """
            Usage: bench [--profiles N] [--queries Q] [--seed S] [--keep DIR]
                         [--database-url JDBC_URL [--database-user U] [--database-password P]]
                         [--loading-threads T] [--writes W] [--write-rate R] [--http PORTAL_JAR]
                         [--vectors model|synthetic|off]

            Generates N demo graduate profiles into a fresh PostgreSQL and Lucene index, rebuilds
            the index, then times Q listings through the two-stage matcher and through a
            PostgreSQL full-text baseline on the same rows, interleaved in one shuffled order.
            Prints a table and, as its last line, one JSON object.

              --profiles N          graduate profiles to generate, at least 2 (default 10000)
              --queries Q           timed queries per path, at least 1 (default 200)
              --seed S              demo-data and query-order seed (default 42)
              --keep DIR            keep database and index in DIR (new or empty) instead of a temp folder
              --database-url URL    use this empty PostgreSQL instead of the embedded one
              --database-user U     user for --database-url (default postgres)
              --database-password P password for --database-url (default empty)
              --loading-threads T   mass-indexer loading threads, at least 1 (default 2)
              --writes W            edits timed for "edit -> searchable", 0 to skip (default 200)
              --write-rate R        edits per second for that row, at least 1 (default 20)
              --http PORTAL_JAR     also start this portal jar (employer-portal/target/migracode-talent.jar)
                                    on the same database and time /api/v1/listings/{id}/matches over
                                    HTTP against the in-process call
              --vectors V           the embedding channel's vectors: model (default; the real model embeds
                                    every generated profile and listing as it is written, ~15-25 ms of
                                    CPU each), synthetic (deterministic hashed-word vectors of the same
                                    length, microseconds each: same retrieval and re-ranking work, not the
                                    model's quality; for 100k and 1M), off (channel switched off)
              --help                print this text
            """;

    /** Parses {@code args} (without the command name). */
    public static BenchArguments parse(String[] args) {
        int profiles = 10_000;
        int queries = 200;
        long seed = 42;
        Path keep = null;
        String url = null;
        String user = "postgres";
        String password = "";
        int loadingThreads = 2;
        int writes = 200;
        int writeRate = 20;
        Path portalJar = null;
        VectorSource vectors = VectorSource.MODEL;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value;
            int eq = flag.indexOf('=');
            if (flag.startsWith("--") && eq > 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            } else if (flag.equals("--help") || flag.equals("-h")) {
                throw new BenchUsageException(null);
            } else {
                if (!flag.startsWith("--")) {
                    throw new BenchUsageException("unexpected argument '" + flag + "'");
                }
                if (i + 1 >= args.length) {
                    throw new BenchUsageException(flag + " needs a value");
                }
                value = args[++i];
            }
            if (!seen.add(flag)) {
                throw new BenchUsageException(flag + " given twice");
            }
            switch (flag) {
                case "--profiles" -> profiles = positiveInt(flag, value, 2);
                case "--queries" -> queries = positiveInt(flag, value, 1);
                case "--seed" -> seed = parseLong(flag, value);
                case "--keep" -> keep = emptyOrNewFolder(value);
                case "--database-url" -> url = jdbcUrl(value);
                case "--database-user" -> user = value;
                case "--database-password" -> password = value;
                case "--loading-threads" -> loadingThreads = positiveInt(flag, value, 1);
                case "--writes" -> writes = positiveInt(flag, value, 0);
                case "--write-rate" -> writeRate = positiveInt(flag, value, 1);
                case "--http" -> portalJar = existingFile(flag, value);
                case "--vectors" -> vectors = vectors(value);
                default -> throw new BenchUsageException("unknown option " + flag);
            }
        }
        if (url == null && (seen.contains("--database-user") || seen.contains("--database-password"))) {
            throw new BenchUsageException("--database-user and --database-password need --database-url");
        }
        return new BenchArguments(profiles, queries, seed, keep, url, user, password, loadingThreads, writes, writeRate, portalJar,
                vectors);
    }

    private static VectorSource vectors(String value) {
        for (VectorSource v : VectorSource.values()) {
            if (v.name().equalsIgnoreCase(value)) {
                return v;
            }
        }
        throw new BenchUsageException("--vectors must be model, synthetic or off, got '" + value + "'");
    }

    private static Path existingFile(String flag, String value) {
        Path file = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new BenchUsageException(flag + " needs the portal jar (build it with ./mvnw -B -o -q -pl employer-portal -am package"
                    + " -DskipTests), but " + file + " is not a file");
        }
        return file;
    }

    private static int positiveInt(String flag, String value, int minimum) {
        long n = parseLong(flag, value);
        if (n < minimum || n > Integer.MAX_VALUE) {
            throw new BenchUsageException(flag + " must be a whole number from " + minimum + " to " + Integer.MAX_VALUE
                    + ", got " + value);
        }
        return (int) n;
    }

    private static long parseLong(String flag, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new BenchUsageException(flag + " must be a whole number, got '" + value + "'");
        }
    }

    private static Path emptyOrNewFolder(String value) {
        Path dir = Path.of(value).toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
                throw new BenchUsageException("--keep needs a new or empty folder, but " + dir + " is not one");
            }
        } catch (java.io.IOException e) {
            throw new BenchUsageException("--keep: cannot read " + dir + ": " + e.getMessage());
        }
        return dir;
    }

    private static String jdbcUrl(String value) {
        if (!value.startsWith("jdbc:postgresql:")) {
            throw new BenchUsageException("--database-url must start with jdbc:postgresql:, got '" + value + "'");
        }
        return value;
    }
}
