/**
 * The {@code bench} command: latency of the two-stage matcher against a PostgreSQL full-text
 * baseline on the same generated rows, and reindex throughput. It prints figures; it asserts
 * nothing about them (benchmarks are not tests).
 */
package org.migracode.talent.benchmarks.bench;
