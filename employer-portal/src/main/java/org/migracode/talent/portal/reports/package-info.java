/**
 * Placement reports: CIRR-style outcome figures per cohort and half-year period, the proposal
 * funnel, a company's own report and social-impact summary, the public page of published cohort
 * reports, charts (server-rendered SVG), and CSV/PDF exports. Every format renders the same
 * {@link org.migracode.talent.portal.reports.ReportTable}s, so a download shows exactly the
 * page's numbers, suppression included. The arithmetic lives in matcher-core's {@code report}
 * package; docs/reports.md defines each figure.
 */
package org.migracode.talent.portal.reports;
