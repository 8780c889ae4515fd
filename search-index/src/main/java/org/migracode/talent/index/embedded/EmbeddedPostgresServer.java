package org.migracode.talent.index.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (Zonky's binaries) whose data lives in a directory of ours, so that a
 * restart keeps every record.
 *
 * <p>Start-up first takes an exclusive lock on {@code <dataDirectory>.lock}, held until
 * {@link #close()}; the operating system releases it when the JVM dies, even by {@code kill -9}.
 * Holding the lock proves that no other copy of the application uses this data directory, so a
 * postmaster still holding {@code postmaster.pid} is an orphan of a killed JVM: we stop it with a
 * fast shutdown (SIGINT) and wait for it to go, or remove a stale pid file whose process is gone.
 * A data directory that cannot be written, or that another running copy holds, fails with
 * {@link EmbeddedDatabaseException} and a message that says how to fix it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final FileChannel lockChannel;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, FileChannel lockChannel) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, creating it on first use.
     *
     * @param dataDirectory where the cluster lives; kept across restarts
     * @param port a fixed port, or 0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        ensureWritable(dir);
        FileChannel lock = lockExclusively(dir);
        try {
            stopOrphanedServer(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", "on")
                    // Zonky turns synchronous_commit off by default; a committed record must survive a crash
                    .setServerConfig("synchronous_commit", "on")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), dir);
            return new EmbeddedPostgresServer(pg, dir, lock);
        } catch (EmbeddedDatabaseException e) {
            closeQuietly(lock);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            throw new EmbeddedDatabaseException("Embedded PostgreSQL could not start on data directory " + dir
                    + ": " + rootMessage(e) + ". If another copy of the application is running on this data"
                    + " directory, stop it; otherwise set talent.storage.data-dir to another folder.", e);
        }
    }

    /** Creates {@code name} if it does not exist yet (names are checked: letters, digits, underscore). */
    public void createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must match [a-z_][a-z0-9_]*, got '" + name + "'");
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** JDBC URL of {@code database} on this server; user {@value #USER}, no password. */
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    /** The superuser name Zonky's clusters are initialised with. */
    public static final String USER = "postgres";

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            closeQuietly(lockChannel);
        }
    }

    /**
     * Locks {@code <dir>.lock} for this process, or fails when another running copy holds it.
     */
    private static FileChannel lockExclusively(Path dir) {
        Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return channel;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new EmbeddedDatabaseException("Another copy of the application is already running on data directory "
                    + dir + ". Stop it first, or give this copy its own talent.storage.data-dir.", null);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EmbeddedDatabaseException("Cannot lock " + lockFile + " (" + e.getMessage()
                    + "). Make the folder writable, or set talent.storage.data-dir (TALENT_STORAGE_DATA_DIR).", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    private static void ensureWritable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedDatabaseException("Data directory " + dir + " cannot be created (" + rootMessage(e)
                    + "). Make it writable, or set talent.storage.data-dir (TALENT_STORAGE_DATA_DIR) to a writable folder.", e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new EmbeddedDatabaseException("Data directory " + dir + " is not a writable directory."
                    + " Make it writable, or set talent.storage.data-dir (TALENT_STORAGE_DATA_DIR) to a writable folder.", null);
        }
    }

    /**
     * Stops a postmaster that survived its JVM (kill -9), or removes its stale pid file. The pid
     * file's first line is the postmaster's pid; we only signal that process if it still runs a
     * postgres binary, never an unrelated process that reused the pid.
     */
    static void stopOrphanedServer(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (process.isEmpty()) {
            log.warn("Removing stale {} (process {} is gone)", pidFile, pid.map(String::valueOf).orElse("?"));
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new EmbeddedDatabaseException("Stale " + pidFile + " cannot be removed: " + e.getMessage(), e);
            }
            return;
        }
        ProcessHandle postmaster = process.get();
        log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}; stopping it", postmaster.pid(), dir);
        signal(postmaster.pid(), "INT"); // fast shutdown: roll back open transactions, checkpoint, exit
        try {
            postmaster.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            signal(postmaster.pid(), "QUIT"); // immediate shutdown; WAL recovery runs at next start
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while stopping an orphaned PostgreSQL server", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new EmbeddedDatabaseException("Could not stop orphaned PostgreSQL: " + e.getMessage(), e);
        }
        log.info("Orphaned PostgreSQL server stopped");
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres") || c.contains("/bin/postgres")).orElse(true);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("").trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not signal PostgreSQL process " + pid + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
