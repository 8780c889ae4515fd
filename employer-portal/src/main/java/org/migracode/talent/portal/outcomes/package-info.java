/**
 * Staff (coaches, admins) record what happened to each graduate after the course: the enrolment
 * intent, graduation date and outcome status; placements (pre-filled ones from HIRED proposals
 * included); the 3/6/12-month check-ins; and a placement's evidence file. Pages and REST
 * ({@code /api/v1/graduates/{id}/outcome}, {@code /api/v1/placements/...}); the reports read the
 * same rows. docs/reports.md, "Recording outcomes".
 */
package org.migracode.talent.portal.outcomes;
