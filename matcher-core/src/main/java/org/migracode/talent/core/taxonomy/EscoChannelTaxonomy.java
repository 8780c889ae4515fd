package org.migracode.talent.core.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of the skills channel: the bundled taxonomy plus the labels of the ESCO v1.2.0
 * digital skills collection ({@value #RESOURCE}; CC BY 4.0, © European Union, ESCO). An ESCO
 * concept the taxonomy already has (same {@code esco_uri}) lends its labels to that skill as
 * aliases; any other concept becomes a skill {@code esco-<first 8 hex of its id>} of category tool.
 *
 * <p>Careful, because a crude vocabulary reads noise as skills: the taxonomy always wins (its
 * context rules for "Go", "C", "R", "Express" stay; an ESCO label that is already one of its
 * forms is dropped), and an ESCO label is left out when it is shorter than three characters
 * ("IT", "AR", "R"), is a company name ("Google", "Cisco"), or is an ordinary word that
 * names a tool ("Scratch", "Spark", "Chef", "Access", "Unity", "Email"): {@link #EXCLUDED}.
 * Only the bundled taxonomy is used for required skills, search and facets; this vocabulary feeds
 * the skills channel alone.
 */
public final class EscoChannelTaxonomy {

    static final String RESOURCE = "/org/migracode/talent/core/taxonomy/esco-digital-skills.tsv";

    /** ESCO labels that are ordinary words, names or companies: never read as a skill. Compared by {@link TermTokenizer#key}. */
    static final Set<String> EXCLUDED = Set.of(
            // companies
            "google", "yahoo", "cisco", "avaya", "ericsson", "nec", "alcatel lucent", "ciena", "blackberry", "teamtalk",
            // ordinary words and names that are also a tool's name
            "absorb", "access", "alarms", "assembly", "call", "canvas", "chef", "chips", "computer", "controllers", "crypto",
            "drone", "email", "electronics", "encoders", "formulae", "formulas", "flanging", "hack", "harvest", "intuo",
            "mocha", "myrtle", "ning", "plotter", "pos", "puma", "rage", "source", "salt", "scratch", "sensors", "shiva",
            "spark", "turing", "trojan", "unity", "dylan", "euphoria", "hobgoblin", "pascal", "rudder", "puppet", "ann",
            "cpc", "sem", "pow", "vam", "sai", "ort", "curl", "ada", "fantom", "seed7", "rebol", "ceylon", "gosu", "io", "cuda",
            "informatics", "digitization", "database", "algorithm", "algorithmic", "algorithms", "scripting", "formula",
            // a label whose written-together variant is an ordinary word: "use RS" (remote sensing) would read every "users"
            "use rs");

    private static volatile SkillTaxonomy channel;

    private EscoChannelTaxonomy() {
    }

    /** The bundled taxonomy with the ESCO digital skills' labels, built once and cached. */
    public static SkillTaxonomy get() {
        SkillTaxonomy t = channel;
        if (t == null) {
            synchronized (EscoChannelTaxonomy.class) {
                t = channel;
                if (t == null) {
                    t = build(read(TaxonomyLoader.BUNDLED_RESOURCE), read(RESOURCE));
                    channel = t;
                }
            }
        }
        return t;
    }

    static SkillTaxonomy build(List<String> bundledLines, List<String> escoLines) {
        SkillTaxonomy base = TaxonomyLoader.load("skills.tsv", String.join("\n", bundledLines));
        Set<String> used = new HashSet<>(base.surfaceFormIndex().keySet());
        Map<String, List<String>> extraAliases = new LinkedHashMap<>();
        Map<String, String> uriToId = new LinkedHashMap<>();
        for (Skill s : base.all()) {
            s.esco().ifPresent(uri -> uriToId.put(uri, s.id().value()));
        }
        List<String> newRows = new ArrayList<>();
        Set<String> newIds = new HashSet<>();
        for (String line : escoLines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("uri\t")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String uri = cols[0].strip();
            Set<String> labels = new LinkedHashSet<>();
            labels.add(cols[1].strip());
            if (cols.length > 2) {
                for (String a : cols[2].split("\\|")) {
                    labels.add(a.strip());
                }
            }
            List<String> kept = new ArrayList<>();
            for (String label : labels) {
                String key = TermTokenizer.key(label);
                if (label.isEmpty() || key.replace(" ", "").length() < 3 || EXCLUDED.contains(key) || !used.add(key)
                        || label.contains("\t") || label.contains("|")) {
                    continue;
                }
                kept.add(label);
            }
            if (kept.isEmpty()) {
                continue;
            }
            String known = uriToId.get(uri);
            if (known != null) {
                extraAliases.computeIfAbsent(known, k -> new ArrayList<>()).addAll(kept);
                continue;
            }
            String id = "esco-" + uri.substring(uri.lastIndexOf('/') + 1).replaceAll("[^0-9a-f]", "").substring(0, 8).toLowerCase(Locale.ROOT);
            while (!newIds.add(id)) {
                id = id + "x";
            }
            newRows.add(String.join("\t", id, kept.get(0), "", "", String.join("|", kept.subList(1, kept.size())),
                    "tool", "", "", uri));
        }
        List<String> merged = new ArrayList<>();
        boolean header = false;
        for (String line : bundledLines) {
            if (!header || line.isBlank() || line.startsWith("#")) {
                merged.add(line);
                header |= line.strip().equals(TaxonomyLoader.HEADER);
                continue;
            }
            String[] cols = line.split("\t", -1);
            List<String> extra = extraAliases.get(cols[0].strip());
            if (extra != null) {
                cols[4] = cols[4].isBlank() ? String.join("|", extra) : cols[4] + "|" + String.join("|", extra);
            }
            merged.add(String.join("\t", cols));
        }
        merged.addAll(newRows);
        return TaxonomyLoader.load("skills.tsv + esco-digital-skills.tsv", String.join("\n", merged));
    }

    private static List<String> read(String resource) {
        InputStream in = EscoChannelTaxonomy.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource not found on the classpath: " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
