/**
 * Placement-report arithmetic, CIRR style: who enrolled, graduated on time or within 150% of the
 * program length, was placed in field within 90 and 180 days of graduating, and how proposals
 * moved through the pipeline. Pure functions over plain facts, so every figure can be checked
 * against a hand-computed fixture; docs/reports.md defines each one.
 *
 * <p>Small groups are suppressed here, once: a {@link Count}, {@link Rate} or {@link Median}
 * computed from fewer than {@link Suppression#MIN_GROUP} people carries {@code suppressed() == true}
 * and renders as {@code "<5"} wherever it is shown (pages, exports, API).
 */
package org.migracode.talent.core.report;
