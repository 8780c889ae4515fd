package org.migracode.talent.index.fairness;

import java.time.Instant;
import java.util.Objects;

/**
 * A graduate's self-declaration; each part may be left out (null).
 *
 * @param consentedAt when the graduate gave the consent this declaration rests on
 */
public record FairnessDeclaration(Gender gender, Region region, Instant consentedAt) {

    public FairnessDeclaration {
        Objects.requireNonNull(consentedAt, "consentedAt");
    }
}
