package org.migracode.talent.benchmarks.bench;

/** Bad command-line input; a {@code null} message means "print the usage and succeed" (--help). */
final class BenchUsageException extends RuntimeException {

    BenchUsageException(String message) {
        super(message);
    }

    boolean isHelp() {
        return getMessage() == null;
    }
}
