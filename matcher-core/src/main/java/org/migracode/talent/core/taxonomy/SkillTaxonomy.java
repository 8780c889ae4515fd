package org.migracode.talent.core.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The skill taxonomy: every known skill, how it may be written, and what it implies. Immutable and
 * thread-safe; build one with {@link TaxonomyLoader} or use the {@link #bundled()} one.
 *
 * <p>Lookups go through normalised surface forms (see {@link TermTokenizer#key}): every label in
 * the three languages and every alias, plus two spelling variants generated for each: the terms
 * written together ("react native" also as {@code reactnative}) and a trailing "js" split off
 * ("reactjs" also as {@code react js}). A generated variant never overrides a form written in the
 * file.
 */
public final class SkillTaxonomy {

    private static volatile SkillTaxonomy bundled;

    private final String version;
    private final Map<SkillId, Skill> skills;
    private final Map<String, SkillId> forms;
    private final Map<String, AmbiguityRule> ambiguity;
    private final Map<SkillId, Set<SkillId>> closure;
    private final Map<SkillId, Set<String>> surfaceForms;

    SkillTaxonomy(String version, Map<SkillId, Skill> skills, Map<String, SkillId> explicitForms,
                  Map<SkillId, Set<SkillId>> closure) {
        this.version = version;
        this.skills = Collections.unmodifiableMap(new LinkedHashMap<>(skills));
        Map<String, SkillId> all = new LinkedHashMap<>(explicitForms);
        for (Map.Entry<String, SkillId> e : explicitForms.entrySet()) {
            for (String variant : variants(e.getKey())) {
                all.putIfAbsent(variant, e.getValue());
            }
        }
        Map<String, AmbiguityRule> amb = new LinkedHashMap<>();
        for (Skill skill : skills.values()) {
            for (Map.Entry<String, AmbiguityRule> e : skill.ambiguousForms().entrySet()) {
                amb.put(e.getKey(), e.getValue());
                for (String variant : variants(e.getKey())) {
                    if (skill.id().equals(all.get(variant))) {
                        amb.putIfAbsent(variant, e.getValue());
                    }
                }
            }
        }
        this.forms = Collections.unmodifiableMap(all);
        this.ambiguity = Collections.unmodifiableMap(amb);
        this.closure = Map.copyOf(closure);
        Map<SkillId, Set<String>> bySkill = new LinkedHashMap<>();
        for (Map.Entry<String, SkillId> e : all.entrySet()) {
            bySkill.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).add(e.getKey());
        }
        Map<SkillId, Set<String>> frozen = new LinkedHashMap<>();
        bySkill.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        this.surfaceForms = Collections.unmodifiableMap(frozen);
    }

    /** The taxonomy shipped in this jar (skills.tsv), loaded once and cached. */
    public static SkillTaxonomy bundled() {
        SkillTaxonomy t = bundled;
        if (t == null) {
            synchronized (SkillTaxonomy.class) {
                t = bundled;
                if (t == null) {
                    t = TaxonomyLoader.loadBundled();
                    bundled = t;
                }
            }
        }
        return t;
    }

    /** The data file's version, e.g. {@code 2026.11.1}. */
    public String version() {
        return version;
    }

    /** All skills in file order. */
    public Collection<Skill> all() {
        return skills.values();
    }

    public int size() {
        return skills.size();
    }

    public Optional<Skill> get(SkillId id) {
        return Optional.ofNullable(skills.get(id));
    }

    public boolean contains(SkillId id) {
        return skills.containsKey(id);
    }

    /**
     * The skill any label or alias names, in any case, with or without accents and punctuation:
     * "React.js", "reactjs" and "react js" all find {@code react}. Exact on the normalised form:
     * "3 years of React" finds nothing (use the skill extractor for prose). Cost: one tokenisation
     * and one hash lookup.
     */
    public Optional<Skill> find(String anyLabelOrAlias) {
        String key = TermTokenizer.key(anyLabelOrAlias);
        SkillId id = forms.get(key);
        return id == null ? Optional.empty() : Optional.of(skills.get(id));
    }

    /**
     * Every skill that {@code skill} implies, directly or through others (transitive closure),
     * without {@code skill} itself: {@code nextjs} gives {@code react, javascript}. Empty for an
     * unknown id.
     */
    public Set<SkillId> impliedBy(SkillId skill) {
        return closure.getOrDefault(skill, Set.of());
    }

    /** The label in the locale's language (es, ca, else English); the id itself for an unknown id. */
    public String label(SkillId id, Locale locale) {
        Skill skill = skills.get(id);
        return skill == null ? id.value() : skill.label(locale);
    }

    /**
     * All normalised surface forms that name {@code skill} (labels, aliases, generated variants),
     * sorted: the input for a synonym filter. Empty for an unknown id.
     */
    public Set<String> surfaceForms(SkillId skill) {
        return surfaceForms.getOrDefault(skill, Set.of());
    }

    /** Every normalised surface form and the skill it names; read-only. */
    public Map<String, SkillId> surfaceFormIndex() {
        return forms;
    }

    /** The rule for an ambiguous normalised form, or empty when the form is unambiguous. */
    public Optional<AmbiguityRule> ambiguity(String normalisedForm) {
        return Optional.ofNullable(ambiguity.get(normalisedForm));
    }

    static List<String> variants(String key) {
        List<String> out = new ArrayList<>(2);
        if (key.indexOf(' ') > 0) {
            out.add(key.replace(" ", ""));
        } else if (key.length() > 4 && key.endsWith("js") && key.charAt(0) != '.') {
            out.add(key.substring(0, key.length() - 2) + " js");
        }
        return out;
    }

    static Set<SkillId> sortedCopy(Collection<SkillId> ids) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(ids)));
    }
}
