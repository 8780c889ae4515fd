package org.migracode.talent.core.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.migracode.talent.core.profile.CandidateProfile;

/**
 * The {@link SkillEvidence} of each candidate profile a {@link MatchScorer} has scored, by the
 * profile instance: the evidence depends on the candidate alone (and the scorer's taxonomy and
 * extractor, fixed per scorer), not on the listing, yet building it extracts the skills of every
 * project text, and stage 2 built it again for the same graduate in every request: a fifth of a
 * matching request's samples on its own thread in the JFR profile of docs/performance.md
 * ("Stored fields and skill evidence in memory"). The search index hands out one profile instance
 * per stored profile text (its decoded-profile cache), so the same graduate is found again by
 * identity, which costs a hash of the reference only; an edited profile is a new instance.
 *
 * <p>Evidence is read-only once built, so one instance serves concurrent requests. At most
 * {@value #LIMIT} profiles; past that it starts over, which bounds memory at a few KB each.
 */
final class EvidenceCache {

    static final int LIMIT = 50_000;

    private final Map<Identity, SkillEvidence> byProfile = new ConcurrentHashMap<>();

    SkillEvidence of(CandidateProfile candidate, Function<CandidateProfile, SkillEvidence> build) {
        Identity key = new Identity(candidate);
        SkillEvidence evidence = byProfile.get(key);
        if (evidence == null) {
            evidence = build.apply(candidate);
            if (byProfile.size() >= LIMIT) {
                byProfile.clear();
            }
            byProfile.put(key, evidence);
        }
        return evidence;
    }

    int size() {
        return byProfile.size();
    }

    /** A profile as a key by reference: records compare by value, which would hash the whole profile on every lookup. */
    private static final class Identity {

        private final CandidateProfile profile;

        Identity(CandidateProfile profile) {
            this.profile = profile;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.profile == profile;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(profile);
        }
    }
}
