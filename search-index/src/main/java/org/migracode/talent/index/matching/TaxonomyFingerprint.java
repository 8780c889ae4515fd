package org.migracode.talent.index.matching;

import org.migracode.talent.index.indexing.IndexFingerprintContributor;
import org.springframework.stereotype.Component;

/** A new taxonomy changes derived skill fields and stored match profiles: reindex at next start. */
@Component
class TaxonomyFingerprint implements IndexFingerprintContributor {

    private final SkillVocabulary vocabulary;

    TaxonomyFingerprint(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String fingerprintPart() {
        return vocabulary.version() + "/" + MatchProfileCodec.VERSION;
    }
}
