/** The {@code evaluate} command: reads a FORMAT.md data set, ranks through the product's real path, compares with BM25. */
package org.migracode.talent.benchmarks.eval;
