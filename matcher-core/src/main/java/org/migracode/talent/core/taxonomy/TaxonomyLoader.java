package org.migracode.talent.core.taxonomy;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a taxonomy data file (format: docs/matching.md, "Taxonomy file").
 *
 * <p>Rejects, with a {@link TaxonomyFormatException} naming file and line: a missing
 * {@code # version:} header, a missing or wrong column header, a wrong column count, a bad id, an
 * unknown category, a duplicate id, a label or alias that names two skills, an implied id that is
 * not defined, a cycle in the implications, an ambiguous form that is not one of the skill's own
 * forms, a malformed ESCO URI.
 */
public final class TaxonomyLoader {

    /** Classpath location of the bundled file. */
    public static final String BUNDLED_RESOURCE = "/org/migracode/talent/core/taxonomy/skills.tsv";
    static final String HEADER = "id\tlabel_en\tlabel_es\tlabel_ca\taliases\tcategory\timplies\tcontext\tesco_uri";
    private static final int COLUMNS = 9;

    private TaxonomyLoader() {
    }

    static SkillTaxonomy loadBundled() {
        return DataFiles.loadBundled(TaxonomyLoader.class, BUNDLED_RESOURCE, "taxonomy", TaxonomyLoader::load);
    }

    /** Loads from text; {@code fileName} is only used in error messages. */
    public static SkillTaxonomy load(String fileName, String content) {
        return load(fileName, new StringReader(content));
    }

    /** Loads from a reader (not closed); {@code fileName} is only used in error messages. */
    public static SkillTaxonomy load(String fileName, Reader reader) {
        return new Parse(fileName).run(DataFiles.lines(fileName, reader));
    }

    private static final class Parse {
        private final String file;
        private final Map<SkillId, Skill> skills = new LinkedHashMap<>();
        private final Map<SkillId, Integer> lineOf = new HashMap<>();
        private final Map<String, SkillId> forms = new LinkedHashMap<>();

        Parse(String file) {
            this.file = file;
        }

        SkillTaxonomy run(List<String> lines) {
            String version = null;
            boolean header = false;
            for (int i = 0; i < lines.size(); i++) {
                int lineNo = i + 1;
                String line = lines.get(i);
                if (i == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    String c = line.substring(1).strip();
                    if (c.startsWith("version:")) {
                        version = c.substring("version:".length()).strip();
                        if (version.isEmpty()) {
                            throw fail(lineNo, "empty version");
                        }
                    }
                    continue;
                }
                if (version == null) {
                    throw fail(lineNo, "missing '# version: ...' comment before the first row");
                }
                if (!header) {
                    if (!line.strip().equals(HEADER)) {
                        throw fail(lineNo, "expected the column header '" + HEADER.replace('\t', ' ') + "' (tab-separated)");
                    }
                    header = true;
                    continue;
                }
                row(lineNo, line);
            }
            if (version == null) {
                throw fail(Math.max(1, lines.size()), "missing '# version: ...' comment");
            }
            for (Skill s : skills.values()) {
                for (SkillId implied : s.implies()) {
                    if (!skills.containsKey(implied)) {
                        throw fail(lineOf.get(s.id()), "'" + s.id() + "' implies unknown skill '" + implied + "'");
                    }
                }
            }
            return new SkillTaxonomy(version, skills, forms, closure());
        }

        private void row(int lineNo, String line) {
            String[] cols = line.split("\t", -1);
            if (cols.length != COLUMNS) {
                throw fail(lineNo, "expected " + COLUMNS + " tab-separated columns, got " + cols.length);
            }
            SkillId id;
            try {
                id = new SkillId(cols[0].strip());
            } catch (IllegalArgumentException e) {
                throw fail(lineNo, "bad id: " + e.getMessage());
            }
            if (skills.containsKey(id)) {
                throw fail(lineNo, "duplicate skill id '" + id + "' (first defined on line " + lineOf.get(id) + ")");
            }
            SkillCategory category;
            Set<SkillId> implies = new LinkedHashSet<>();
            SkillLabels labels;
            try {
                labels = new SkillLabels(cols[1].strip(), cols[2].strip(), cols[3].strip());
                category = SkillCategory.parse(cols[5]);
                for (String imp : split(cols[6])) {
                    implies.add(new SkillId(imp));
                }
            } catch (IllegalArgumentException e) {
                throw fail(lineNo, e.getMessage());
            }
            List<String> aliases = split(cols[4]);
            List<String> own = new ArrayList<>();
            own.add(cols[1]);
            own.add(cols[2]);
            own.add(cols[3]);
            own.addAll(aliases);
            Set<String> ownKeys = new LinkedHashSet<>();
            for (String form : own) {
                if (form.isBlank()) {
                    continue;
                }
                String key = TermTokenizer.key(form);
                if (key.isEmpty()) {
                    throw fail(lineNo, "form '" + form + "' of '" + id + "' has no letters or digits");
                }
                SkillId other = forms.get(key);
                if (other != null && !other.equals(id)) {
                    throw fail(lineNo, "form '" + form + "' of '" + id + "' already names '" + other
                            + "' (line " + lineOf.get(other) + ")");
                }
                forms.put(key, id);
                ownKeys.add(key);
            }
            Map<String, AmbiguityRule> ambiguous = new LinkedHashMap<>();
            for (String c : split(cols[7])) {
                AmbiguityRule rule = c.startsWith("^") ? AmbiguityRule.CAPITALISED
                        : c.startsWith("~") ? AmbiguityRule.COMMON_NOUN : AmbiguityRule.CONTEXT;
                String key = TermTokenizer.key(rule == AmbiguityRule.CONTEXT ? c : c.substring(1));
                if (!ownKeys.contains(key)) {
                    throw fail(lineNo, "ambiguous form '" + c + "' is not a label or alias of '" + id + "'");
                }
                ambiguous.put(key, rule);
            }
            try {
                skills.put(id, new Skill(id, labels, aliases, category, implies, cols[8].strip(), ambiguous));
            } catch (IllegalArgumentException e) {
                throw fail(lineNo, e.getMessage());
            }
            lineOf.put(id, lineNo);
        }

        private Map<SkillId, Set<SkillId>> closure() {
            Map<SkillId, Set<SkillId>> result = new HashMap<>();
            Map<SkillId, Integer> state = new HashMap<>(); // 1 = on stack, 2 = done
            for (SkillId id : skills.keySet()) {
                visit(id, state, result, new ArrayList<>());
            }
            return result;
        }

        private Set<SkillId> visit(SkillId id, Map<SkillId, Integer> state, Map<SkillId, Set<SkillId>> result,
                                   List<SkillId> path) {
            Integer st = state.get(id);
            if (st != null && st == 2) {
                return result.get(id);
            }
            if (st != null) {
                List<SkillId> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
                cycle.add(id);
                StringBuilder sb = new StringBuilder();
                for (SkillId s : cycle) {
                    sb.append(sb.length() == 0 ? "" : " -> ").append(s);
                }
                throw fail(lineOf.get(id), "cycle in implies: " + sb);
            }
            state.put(id, 1);
            path.add(id);
            Set<SkillId> all = new LinkedHashSet<>();
            for (SkillId next : skills.get(id).implies()) {
                all.add(next);
                all.addAll(visit(next, state, result, path));
            }
            all.remove(id);
            path.remove(path.size() - 1);
            state.put(id, 2);
            Set<SkillId> frozen = SkillTaxonomy.sortedCopy(all);
            result.put(id, frozen);
            return frozen;
        }

        private TaxonomyFormatException fail(int line, String problem) {
            return new TaxonomyFormatException(file, line, problem);
        }

        private static List<String> split(String cell) {
            List<String> out = new ArrayList<>();
            for (String part : cell.split("\\|")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
            return out;
        }
    }
}
