/**
 * The deterministic demo-data generator shared by the portal's first start and the benchmarks:
 * invented people, Barcelona-area companies, cohorts and listings in English, Spanish and Catalan.
 */
package org.migracode.talent.index.demo;
