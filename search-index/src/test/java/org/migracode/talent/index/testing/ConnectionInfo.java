package org.migracode.talent.index.testing;

/** JDBC URL and credentials of a test database. */
public record ConnectionInfo(String url, String username, String password) {
}
