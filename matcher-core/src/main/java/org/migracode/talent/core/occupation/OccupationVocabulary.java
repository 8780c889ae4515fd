package org.migracode.talent.core.occupation;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.migracode.talent.core.taxonomy.DataFiles;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillLabels;
import org.migracode.talent.core.taxonomy.TaxonomyFormatException;
import org.migracode.talent.core.taxonomy.TermTrie;
import org.migracode.talent.core.taxonomy.TermTokenizer;
import org.migracode.talent.core.taxonomy.Token;
import org.migracode.talent.core.taxonomy.TokenizedText;

/**
 * The occupation vocabulary ({@code occupations.tsv}): job titles in English, Spanish and Catalan
 * resolved to one id each, so "programadora", "desenvolupador", "developer" and "dev" are all
 * {@code developer}, and "front-end" and "frontend" are both {@code frontend}. Immutable and
 * thread-safe.
 *
 * <p>Matching uses the skill taxonomy's normalisation ({@link TermTokenizer#key}): case, accents
 * and punctuation do not matter. In text, the longest run of terms that is a variant wins
 * ("desarrollador de apps" is {@code mobile}, not {@code developer}), a phrase never spans a
 * comma or a full stop, and a variant only matches whole terms ("development" is not
 * "developer"). Cost: linear in the text, a few hash lookups per term.
 */
public final class OccupationVocabulary {

    /** Classpath location of the bundled file, next to the skill taxonomy. */
    public static final String BUNDLED_RESOURCE = "/org/migracode/talent/core/taxonomy/occupations.tsv";
    static final String HEADER = "id\tlabel_en\tlabel_es\tlabel_ca\tvariants\timplies\tskill";
    private static final int COLUMNS = 7;

    private static volatile OccupationVocabulary bundled;

    private final String version;
    private final Map<String, Occupation> occupations;
    private final Map<String, String> forms;
    private final Map<String, Set<String>> closure;
    private final TermTrie<Form> formTrie;

    private OccupationVocabulary(String version, Map<String, Occupation> occupations, Map<String, String> forms) {
        this.version = version;
        this.occupations = Collections.unmodifiableMap(new LinkedHashMap<>(occupations));
        this.forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        this.formTrie = trie(this.forms);
        Map<String, Set<String>> all = new HashMap<>();
        for (String id : occupations.keySet()) {
            Set<String> implied = new TreeSet<>();
            collect(id, implied, new LinkedHashSet<>());
            implied.remove(id);
            all.put(id, Collections.unmodifiableSet(implied));
        }
        this.closure = Map.copyOf(all);
    }

    private void collect(String id, Set<String> into, Set<String> path) {
        if (!path.add(id)) {
            throw new IllegalArgumentException("cycle in implies: " + String.join(" -> ", path) + " -> " + id);
        }
        for (String next : occupations.get(id).implies()) {
            into.add(next);
            collect(next, into, path);
        }
        path.remove(id);
    }

    /** The vocabulary shipped in this jar, loaded once and cached. */
    public static OccupationVocabulary bundled() {
        OccupationVocabulary v = bundled;
        if (v == null) {
            synchronized (OccupationVocabulary.class) {
                v = bundled;
                if (v == null) {
                    v = DataFiles.loadBundled(OccupationVocabulary.class, BUNDLED_RESOURCE, "occupations",
                            OccupationVocabulary::load);
                    bundled = v;
                }
            }
        }
        return v;
    }

    /** Loads from text; {@code fileName} is only used in error messages. */
    public static OccupationVocabulary load(String fileName, String content) {
        return load(fileName, new StringReader(content));
    }

    /**
     * Loads from a reader (not closed). Rejects, naming file and line: a missing version comment
     * or column header, a wrong column count, a bad or duplicate id, a variant that names two
     * occupations, an implied id that is not defined, a cycle.
     */
    public static OccupationVocabulary load(String fileName, Reader reader) {
        List<String> lines = DataFiles.lines(fileName, reader);
        String version = null;
        boolean header = false;
        Map<String, Occupation> occupations = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, String> forms = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String c = line.substring(1).strip();
                if (c.startsWith("version:")) {
                    version = c.substring("version:".length()).strip();
                }
                continue;
            }
            if (version == null || version.isEmpty()) {
                throw new TaxonomyFormatException(fileName, lineNo, "missing '# version: ...' comment before the first row");
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new TaxonomyFormatException(fileName, lineNo,
                            "expected the column header '" + HEADER.replace('\t', ' ') + "' (tab-separated)");
                }
                header = true;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != COLUMNS) {
                throw new TaxonomyFormatException(fileName, lineNo, "expected " + COLUMNS + " tab-separated columns, got " + cols.length);
            }
            String id = cols[0].strip();
            if (occupations.containsKey(id)) {
                throw new TaxonomyFormatException(fileName, lineNo, "duplicate occupation id '" + id + "'");
            }
            Occupation occupation;
            try {
                occupation = new Occupation(id, new SkillLabels(cols[1].strip(), cols[2].strip(), cols[3].strip()),
                        split(cols[4]), new LinkedHashSet<>(split(cols[5])),
                        cols[6].isBlank() ? null : new SkillId(cols[6].strip()));
            } catch (IllegalArgumentException e) {
                throw new TaxonomyFormatException(fileName, lineNo, e.getMessage());
            }
            List<String> own = new ArrayList<>(List.of(cols[1], cols[2], cols[3]));
            own.addAll(occupation.variants());
            for (String form : own) {
                String key = TermTokenizer.key(form);
                if (key.isEmpty()) {
                    continue;
                }
                String other = forms.putIfAbsent(key, id);
                if (other != null && !other.equals(id)) {
                    throw new TaxonomyFormatException(fileName, lineNo,
                            "variant '" + form + "' of '" + id + "' already names '" + other + "' (line " + lineOf.get(other) + ")");
                }
            }
            occupations.put(id, occupation);
            lineOf.put(id, lineNo);
        }
        if (version == null) {
            throw new TaxonomyFormatException(fileName, Math.max(1, lines.size()), "missing '# version: ...' comment");
        }
        for (Occupation o : occupations.values()) {
            for (String implied : o.implies()) {
                if (!occupations.containsKey(implied)) {
                    throw new TaxonomyFormatException(fileName, lineOf.get(o.id()),
                            "'" + o.id() + "' implies unknown occupation '" + implied + "'");
                }
            }
        }
        try {
            return new OccupationVocabulary(version, occupations, forms);
        } catch (IllegalArgumentException e) {
            throw new TaxonomyFormatException(fileName, 1, e.getMessage());
        }
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** The data file's version. */
    public String version() {
        return version;
    }

    /** All occupations in file order. */
    public Collection<Occupation> all() {
        return occupations.values();
    }

    public Optional<Occupation> get(String id) {
        return Optional.ofNullable(occupations.get(id));
    }

    /** The occupation a whole label or variant names, in any case, with or without accents. */
    public Optional<Occupation> find(String labelOrVariant) {
        String id = forms.get(TermTokenizer.key(labelOrVariant));
        return id == null ? Optional.empty() : Optional.of(occupations.get(id));
    }

    /** Every normalised form (labels and variants) and the occupation it names; read-only. */
    public Map<String, String> formIndex() {
        return forms;
    }

    /** The occupations {@code id} is a kind of, transitively, without itself; empty for an unknown id. */
    public Set<String> impliedBy(String id) {
        return closure.getOrDefault(id, Set.of());
    }

    /** {@code ids} with every occupation they imply, sorted. */
    public Set<String> withImplied(Collection<String> ids) {
        Set<String> all = new TreeSet<>();
        for (String id : ids) {
            all.add(id);
            all.addAll(impliedBy(id));
        }
        return Collections.unmodifiableSet(all);
    }

    /** The occupations named in {@code text}, in text order; empty for {@code null}. Never throws. */
    public List<OccupationMention> mentions(String text) {
        return mentions(TokenizedText.of(text));
    }

    /** As {@link #mentions(String)}, on a text already tokenized. */
    public List<OccupationMention> mentions(TokenizedText text) {
        List<Token> tokens = text.tokens();
        List<OccupationMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TermTrie.Match<Form> longest = formTrie.longestAt(tokens, i);
            if (longest != null) {
                Form f = longest.value();
                found.add(new OccupationMention(f.id(), f.form(), tokens.get(i).start(), tokens.get(longest.end() - 1).end()));
                i = longest.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The forms as a {@link TermTrie}, each standing for its occupation id and the form itself. */
    private static TermTrie<Form> trie(Map<String, String> forms) {
        Map<String, Form> byForm = new HashMap<>();
        for (Map.Entry<String, String> e : forms.entrySet()) {
            byForm.put(e.getKey(), new Form(e.getValue(), e.getKey()));
        }
        return TermTrie.of(byForm);
    }

    /** A form of an occupation's name: the occupation's id and the form as written in the vocabulary. */
    private record Form(String id, String form) {
    }
}
