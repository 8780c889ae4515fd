/**
 * The embedded PostgreSQL default: real PostgreSQL binaries from a Maven artifact, data kept in a
 * folder of ours, orphaned servers from a killed JVM cleaned up at start.
 */
package org.migracode.talent.index.embedded;
