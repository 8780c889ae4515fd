package org.migracode.talent.index.matching;

import java.util.Map;
import org.migracode.talent.core.input.InvalidInputException;
import org.migracode.talent.core.scoring.ComponentName;
import org.migracode.talent.core.scoring.MatchWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Matching settings ({@code talent.matching.*}).
 *
 * @param rerankDepth how many stage-1 hits stage 2 re-scores (default 300)
 * @param defaultTopK how many matches a request returns when it does not say (default 20)
 * @param maxTopK the most matches one request may ask for (default 100)
 * @param weights component weights by name, e.g. {@code talent.matching.weights.required-skills=0.4};
 *     unset components keep the defaults of {@link MatchWeights#defaults()} (see docs/matching.md)
 */
@ConfigurationProperties("talent.matching")
public record MatchingProperties(
        @DefaultValue("300") int rerankDepth,
        @DefaultValue("20") int defaultTopK,
        @DefaultValue("100") int maxTopK,
        Map<ComponentName, Double> weights) {

    public MatchingProperties {
        if (rerankDepth < 1 || defaultTopK < 1 || maxTopK < defaultTopK) {
            throw new IllegalArgumentException("talent.matching needs rerank-depth ≥ 1 and 1 ≤ default-top-k ≤ max-top-k");
        }
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    /**
     * The one {@code k} policy of matching, for the API and {@link MatchService} alike: {@code k}
     * from 1 to {@link #maxTopK()} is used as it is; anything else is refused (a 400 with code
     * {@code k.range}), never clamped, so a caller learns that they did not get what they asked for.
     *
     * @return {@code k}
     */
    public int requireTopK(int k) {
        if (k < 1 || k > maxTopK) {
            throw new InvalidInputException("k.range", "k must be between 1 and {0}, got {1}", maxTopK, k);
        }
        return k;
    }

    public MatchWeights matchWeights() {
        MatchWeights w = MatchWeights.defaults();
        for (Map.Entry<ComponentName, Double> e : weights.entrySet()) {
            w = w.with(e.getKey(), e.getValue());
        }
        return w;
    }
}
