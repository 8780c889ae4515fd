/**
 * The scoring model: how well a graduate fits a listing, as a score in [0, 100] made of named
 * components whose contributions add up to the score, with the matched and missing skills,
 * language gaps and availability gap a coach can read aloud ({@link
 * org.migracode.talent.core.scoring.MatchExplanation#summary(java.util.Locale)}).
 *
 * <p>{@code score = 100 × Σ wᵢ·vᵢ / Σ wᵢ} over the components of {@link
 * org.migracode.talent.core.scoring.ComponentName}, each value vᵢ in [0, 1]. Formulas, neutral
 * values and default weights: docs/matching.md. Knows the taxonomy and the profiles; never sees a
 * protected attribute, and knows nothing of persistence, search or HTTP.
 */
package org.migracode.talent.core.scoring;
