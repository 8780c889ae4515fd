package org.migracode.talent.index.matching;

import org.migracode.talent.index.indexing.IndexFingerprintContributor;
import org.springframework.stereotype.Component;

/** A new taxonomy changes derived skill fields and stored match profiles: reindex at next start. */
@Component
class TaxonomyFingerprint implements IndexFingerprintContributor {

    @Override
    public String fingerprintPart() {
        return SkillVocabulary.shared().version() + "/" + MatchProfileCodec.VERSION;
    }
}
