package org.migracode.talent.index.indexing;

/**
 * Something outside the mapping annotations that changes what documents contain (the skill
 * taxonomy behind the synonym analyzer and the implied-skill fields): its version becomes part of
 * the fingerprint, so a new taxonomy rebuilds the index at the next start.
 */
@FunctionalInterface
public interface IndexFingerprintContributor {
    String fingerprintPart();
}
