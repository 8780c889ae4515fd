package org.migracode.talent.index.embedded;

/** The embedded PostgreSQL could not start; the message says what is wrong and how to fix it. */
public class EmbeddedDatabaseException extends RuntimeException {
    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
