/**
 * Ranking quality and fairness arithmetic, exactly as shared/eval/FORMAT.md defines it: nDCG@10,
 * reciprocal rank, precision@5, and adverse impact (selection-rate ratios with small groups
 * suppressed). Pure functions over ids and counts; knows nothing of how rankings are made.
 */
package org.migracode.talent.core.metrics;
