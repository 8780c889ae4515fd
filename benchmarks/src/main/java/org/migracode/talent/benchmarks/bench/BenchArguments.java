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
 */
public record BenchArguments(int profiles, int queries, long seed, Path keep, String databaseUrl,
        String databaseUser, String databasePassword, int loadingThreads) {

    static final String USAGE = """
            Usage: bench [--profiles N] [--queries Q] [--seed S] [--keep DIR]
                         [--database-url JDBC_URL [--database-user U] [--database-password P]]
                         [--loading-threads T]

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
                default -> throw new BenchUsageException("unknown option " + flag);
            }
        }
        if (url == null && (seen.contains("--database-user") || seen.contains("--database-password"))) {
            throw new BenchUsageException("--database-user and --database-password need --database-url");
        }
        return new BenchArguments(profiles, queries, seed, keep, url, user, password, loadingThreads);
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
