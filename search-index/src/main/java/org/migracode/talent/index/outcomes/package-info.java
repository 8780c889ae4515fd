/**
 * Placement outcomes: per enrolled student the CIRR evidence (intent at enrolment, graduation,
 * outcome status), placements with their staff-only evidence, and the employer check-ins at 3, 6
 * and 12 months. Rows keep their cohort so statistics survive a graduate's erasure
 * ({@link org.migracode.talent.index.outcomes.PlacementPersonalData}). Knows nothing of HTTP or
 * security; the portal decides who may read or write what.
 */
package org.migracode.talent.index.outcomes;
