package org.migracode.talent.index.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;

/**
 * Decoded match profiles, kept by their encoded text: the same graduate comes back in many
 * queries, and decoding was the largest single cost of stage 2 (JFR, 3,000 profiles). The key is
 * the whole encoded profile, so an edited profile is a different key and can never be served
 * stale. At most {@value #LIMIT} entries per kind; past that the cache starts over, which bounds
 * memory at about 2 KB per entry.
 */
public final class DecodedProfiles {

    static final int LIMIT = 50_000;

    private final Map<String, CandidateProfile> candidates = new ConcurrentHashMap<>();
    private final Map<String, ListingProfile> listings = new ConcurrentHashMap<>();

    public CandidateProfile candidate(String encoded) {
        CandidateProfile profile = candidates.get(encoded);
        if (profile == null) {
            profile = MatchProfileCodec.decodeCandidate(encoded);
            if (candidates.size() >= LIMIT) {
                candidates.clear();
            }
            candidates.put(encoded, profile);
        }
        return profile;
    }

    public ListingProfile listing(String encoded) {
        ListingProfile profile = listings.get(encoded);
        if (profile == null) {
            profile = MatchProfileCodec.decodeListing(encoded);
            if (listings.size() >= LIMIT) {
                listings.clear();
            }
            listings.put(encoded, profile);
        }
        return profile;
    }
}
