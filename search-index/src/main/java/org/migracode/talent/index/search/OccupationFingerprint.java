package org.migracode.talent.index.search;

import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.index.indexing.IndexFingerprintContributor;
import org.springframework.stereotype.Component;

/** A new occupation vocabulary changes the graduates' occupation field: reindex at next start. */
@Component
class OccupationFingerprint implements IndexFingerprintContributor {

    @Override
    public String fingerprintPart() {
        OccupationVocabulary occupations = OccupationVocabulary.bundled();
        return "occupations-" + occupations.version() + "-" + occupations.all().size();
    }
}
