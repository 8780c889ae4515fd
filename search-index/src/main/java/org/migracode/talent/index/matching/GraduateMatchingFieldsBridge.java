package org.migracode.talent.index.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.migracode.talent.core.embedding.QuantizedVector;
import org.migracode.talent.core.extraction.SkillBag;
import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateSkill;
import org.migracode.talent.index.graduates.PortfolioProject;

/**
 * Writes the matcher-derived fields of one graduate's document (see
 * {@link GraduateMatchingFieldsBinder}). The graduate's own text is tokenized once per document
 * ({@link GraduateText}) and the skills it names are extracted once: they serve both
 * {@code skillMentioned} and the match profile, and the same terms give the skill bag, the
 * occupations and each project's skills. Extraction is the costly part of indexing a graduate.
 */
final class GraduateMatchingFieldsBridge implements TypeBridge<GraduateProfile> {

    /** The fields this bridge writes, as the binder declared them. */
    record Fields(IndexFieldReference<String> skillAny, IndexFieldReference<String> skillMentioned,
            IndexFieldReference<String> occupation, IndexFieldReference<String> allTextEn,
            IndexFieldReference<String> allTextEs, IndexFieldReference<String> allTextCa,
            IndexFieldReference<String> allTextPlain, IndexFieldReference<String> skillBag,
            IndexFieldReference<String> wordingVector, IndexFieldReference<String> matchProfile) {
    }

    private final SkillVocabulary vocabulary;
    private final OccupationVocabulary occupations = OccupationVocabulary.bundled();
    private final Fields fields;
    private final StoredGraduateFields stored;

    GraduateMatchingFieldsBridge(SkillVocabulary vocabulary, Fields fields, StoredGraduateFields stored) {
        this.vocabulary = vocabulary;
        this.fields = fields;
        this.stored = stored;
    }

    @Override
    public void write(DocumentElement target, GraduateProfile graduate, TypeBridgeWriteContext context) {
        GraduateText text = GraduateText.of(graduate);
        Set<SkillId> textSkills = MatchProfiles.mentionedSkills(graduate, vocabulary, text);
        // held skills with every skill they imply (React held => javascript too): what stage 1 retrieves on
        addIds(target, fields.skillAny(), vocabulary.withImplied(MatchProfiles.heldSkills(graduate, vocabulary)));
        addIds(target, fields.skillMentioned(), vocabulary.withImplied(textSkills));
        occupationIds(text).forEach(id -> target.addValue(fields.occupation(), id));
        String allText = allText(graduate);
        target.addValue(fields.allTextEn(), allText);
        target.addValue(fields.allTextEs(), allText);
        target.addValue(fields.allTextCa(), allText);
        target.addValue(fields.allTextPlain(), allText);
        target.addValue(fields.skillBag(), skillBag(graduate, text));
        float[] embedding = graduate.getTextEmbedding();
        String vector = embedding == null ? null : QuantizedVector.of(embedding).encode();
        if (vector != null) {
            // int8-quantized, stored and projected with the match profile: no kNN graph to build
            target.addValue(fields.wordingVector(), vector);
        }
        String matchProfile = MatchProfileCodec.encode(MatchProfiles.candidate(graduate, vocabulary, text, textSkills));
        target.addValue(fields.matchProfile(), matchProfile);
        // the same strings the document stores, for stage 1 to read from memory
        stored.indexed(graduate.getId().toString(), new StoredGraduateFields.Fields(matchProfile, graduate.isHeadlinePresent(), vector));
    }

    private static void addIds(DocumentElement target, IndexFieldReference<String> field, Set<SkillId> ids) {
        ids.forEach(id -> target.addValue(field, id.value()));
    }

    /**
     * The occupations the headline and summary name, in English, Spanish or Catalan
     * ("Desarrolladora frontend" is {@code frontend} and {@code developer}), with the ones they
     * imply: resolved in Java to keyword ids, so every backend indexes the same terms and
     * recruiter search can ask for "programador" or "developer" alike.
     */
    private List<String> occupationIds(GraduateText text) {
        Set<String> named = new LinkedHashSet<>();
        occupations.mentions(text.headline()).forEach(m -> named.add(m.occupation()));
        occupations.mentions(text.summary()).forEach(m -> named.add(m.occupation()));
        return List.copyOf(occupations.withImplied(named));
    }

    /**
     * All of the graduate's own text, one field per language: headline, summary, projects and the
     * English names of the skills held, so a long query (a pasted job ad) scores like BM25 over a
     * whole CV with few clauses.
     */
    private String allText(GraduateProfile graduate) {
        StringBuilder text = ownWords(graduate);
        for (GraduateSkill s : graduate.getSkills()) {
            append(text, vocabulary.resolve(s.getSkillId()).flatMap(id -> vocabulary.taxonomy().get(id))
                    .map(k -> k.labels().en()).orElse(s.getSkillId()));
        }
        return text.toString();
    }

    /**
     * The skills channel's bag: one skill id per mention in headline, summary and projects (the
     * taxonomy and ESCO's digital skills, {@link SkillBag}), plus one per project technology and
     * per skill held. Space-separated ids.
     */
    private String skillBag(GraduateProfile graduate, GraduateText text) {
        List<String> bag = new ArrayList<>();
        SkillBag.of(text.whole()).forEach(id -> bag.add(id.value()));
        List<PortfolioProject> projects = graduate.getProjects();
        for (PortfolioProject p : projects) {
            p.getTechnologies().forEach(t -> vocabulary.resolve(t).ifPresent(id -> bag.add(id.value())));
        }
        for (GraduateSkill s : graduate.getSkills()) {
            vocabulary.resolve(s.getSkillId()).ifPresent(id -> bag.add(id.value()));
        }
        return String.join(" ", bag);
    }

    /** Headline, summary and each project's title, description and technologies, a line each. */
    private static StringBuilder ownWords(GraduateProfile graduate) {
        StringBuilder text = new StringBuilder();
        append(text, graduate.getHeadline());
        append(text, graduate.getSummary());
        for (PortfolioProject p : graduate.getProjects()) {
            append(text, p.getTitle());
            append(text, p.getDescription());
            append(text, String.join(" ", p.getTechnologies()));
        }
        return text;
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(part).append('\n');
        }
    }
}
