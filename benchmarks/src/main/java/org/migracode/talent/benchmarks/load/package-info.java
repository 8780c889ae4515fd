/**
 * {@code load}: a bounded HTTP load generator against a running portal on loopback, signed in
 * through the scripted form login like any user; reports throughput, p50/p99 per endpoint, errors
 * and the server's heap over time. Knows the portal only through its HTTP API.
 */
package org.migracode.talent.benchmarks.load;
