package org.migracode.talent.portal.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops and starts the PostgreSQL server of a data directory behind the application's back: the
 * postmaster's pid comes from {@code postmaster.pid}, its exact command line from
 * {@code postmaster.opts} (so it comes back on the same port with the same options).
 */
final class PostgresProcess {

    private PostgresProcess() {
    }

    /** Fast shutdown (SIGINT) of the server on {@code dataDir}; returns the command that starts it again. */
    static List<String> stop(Path dataDir) throws IOException, InterruptedException {
        List<String> command = command(dataDir);
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
        if (postmaster.isPresent()) {
            try {
                postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IOException("PostgreSQL did not stop: " + e, e);
            }
        }
        return command;
    }

    static void start(List<String> command, Path log) throws IOException, InterruptedException {
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static List<String> command(Path dataDir) throws IOException {
        String opts = Files.readString(dataDir.resolve("postmaster.opts")).strip();
        List<String> command = new ArrayList<>();
        Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(opts);
        while (token.find()) {
            command.add(token.group(1) != null ? token.group(1) : token.group(2));
        }
        return command;
    }
}
