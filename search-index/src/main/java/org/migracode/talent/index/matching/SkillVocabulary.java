package org.migracode.talent.index.matching;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.migracode.talent.core.extraction.ListingSkillSuggester;
import org.migracode.talent.core.extraction.SkillExtractor;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

/**
 * The bundled skill taxonomy and its extractor, for the index mapping (the matching-fields
 * binders) and the query code. Both are immutable and thread-safe.
 *
 * <p>In an application it is a Spring bean ({@code SearchIndexConfiguration#skillVocabulary}),
 * injected into the binders, the matcher, recruiter search and the portal's services. {@link #shared()}
 * stays for the edges that have no injection point: unit tests, the benchmarks' loaders that turn
 * evaluation files into profiles, a few value records of the portal (search parameters and views
 * built by static factories), and the bean method itself; so the bean and the edges hold one
 * instance, and the taxonomy (a few MB) is loaded once per JVM.
 */
public final class SkillVocabulary {

    /** How many distinct names {@link #resolve} remembers, and how long; others are resolved each time. */
    static final int REMEMBERED_NAMES = 50_000;
    static final int REMEMBERED_NAME_LENGTH = 100;

    private static final SkillVocabulary SHARED = new SkillVocabulary(SkillTaxonomy.bundled());

    private final SkillTaxonomy taxonomy;
    private final SkillExtractor extractor;
    private final ListingSkillSuggester listingSkillSuggester;
    /**
     * Names already resolved, and to what. Indexing one graduate resolves each stored skill and
     * project technology five times (held skills, match profile, skill bag, full text, mentions),
     * and the same few hundred names recur across graduates: resolving tokenises the name, so
     * remembering the answer saves a twentieth of a reindex. Bounded, as names are typed by people.
     */
    private final Map<String, Optional<SkillId>> resolvedNames = new ConcurrentHashMap<>();

    public SkillVocabulary(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.extractor = new SkillExtractor(taxonomy);
        this.listingSkillSuggester = new ListingSkillSuggester(taxonomy, extractor);
    }

    /**
     * The one vocabulary built from the bundled taxonomy. Spring code takes the bean instead; this
     * is for code without a Spring context (see the class comment).
     */
    public static SkillVocabulary shared() {
        return SHARED;
    }

    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    public SkillExtractor extractor() {
        return extractor;
    }

    /**
     * Suggests a listing's required and nice-to-have skills from its text — what the portal
     * stores when a recruiter tags none, and what the evaluation does for text-only listings.
     */
    public ListingSkillSuggester listingSkillSuggester() {
        return listingSkillSuggester;
    }

    /**
     * The canonical id of a skill as someone typed it ("ReactJS", "postgres", "JS"). A name the
     * taxonomy does not know keeps a normalised form of itself ("Kotlin Multiplatform" →
     * {@code kotlin-multiplatform}) so that the same unknown name still matches itself; a blank
     * name or one with no letter or digit gives empty.
     */
    public Optional<SkillId> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<SkillId> resolved = resolvedNames.get(name);
        if (resolved == null) {
            resolved = resolveUncached(name);
            if (name.length() <= REMEMBERED_NAME_LENGTH && resolvedNames.size() < REMEMBERED_NAMES) {
                resolvedNames.putIfAbsent(name, resolved);
            }
        }
        return resolved;
    }

    /** How many names {@link #resolve} remembers now. */
    int rememberedNames() {
        return resolvedNames.size();
    }

    private Optional<SkillId> resolveUncached(String name) {
        Optional<SkillId> known = taxonomy.find(name).map(s -> s.id());
        if (known.isPresent()) {
            return known;
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9.+#]+", "-").replaceAll("(^[-.]+|[-.]+$)", "");
        if (slug.isEmpty() || slug.length() > 80) {
            return Optional.empty();
        }
        return Optional.of(SkillId.of(slug));
    }

    /** {@code skills} with every skill they imply, transitively. */
    public Set<SkillId> withImplied(Iterable<SkillId> skills) {
        Set<SkillId> all = new LinkedHashSet<>();
        for (SkillId s : skills) {
            all.add(s);
            all.addAll(taxonomy.impliedBy(s));
        }
        return all;
    }

    /**
     * A version string that changes whenever the taxonomy or the skills channel's vocabulary
     * (taxonomy + ESCO labels, which the {@code skillBag} field is built from) does: part of the
     * index fingerprint, so a changed vocabulary rebuilds the index.
     */
    public String version() {
        return "taxonomy-" + taxonomy.version() + "-" + taxonomy.size()
                + "-channel-" + org.migracode.talent.core.taxonomy.EscoChannelTaxonomy.get().size()
                + "-" + org.migracode.talent.core.taxonomy.EscoChannelTaxonomy.get().surfaceFormIndex().size();
    }
}
