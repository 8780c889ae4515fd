/**
 * The fairness monitor: a graduate's optional, separately consented self-declaration (gender,
 * region of origin) and the admin's adverse-impact report over proposal, interview and hire rates.
 * Nothing here is indexed, shown to recruiters or coaches, or read by the matcher; a test
 * ({@code FairnessIsolationTests}) fails if matching, search or the graduate mapping ever depends on
 * this package.
 */
package org.migracode.talent.index.fairness;
