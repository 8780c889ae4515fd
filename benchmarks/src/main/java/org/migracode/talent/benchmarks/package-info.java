/** The benchmarks jar: {@code evaluate} (ranking quality) and {@code bench} (speed). Not tests: they print figures. */
package org.migracode.talent.benchmarks;
