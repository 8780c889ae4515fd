package org.migracode.talent.index.duplicates;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a merge changed, so that undoing it gives back exactly that: per kind (skills, languages,
 * projects, proposals, placements...) the keys or ids that moved from the merged record to the
 * kept one, and the kept record's fields that were empty and got the merged record's value.
 * Stored as text, one {@code kind=value,value} line per kind, each value URL-encoded.
 */
public final class MergeLedger {

    private final Map<String, List<String>> entries = new LinkedHashMap<>();

    /** Notes that {@code value} of {@code kind} came from the merged record. */
    public MergeLedger add(String kind, Object value) {
        entries.computeIfAbsent(kind, k -> new ArrayList<>()).add(String.valueOf(value));
        return this;
    }

    /** The values of {@code kind}, in the order they were added; empty when none. */
    public List<String> get(String kind) {
        return List.copyOf(entries.getOrDefault(kind, List.of()));
    }

    /** The single value of {@code kind}, or null. */
    public String one(String kind) {
        List<String> values = entries.get(kind);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String encode() {
        StringBuilder out = new StringBuilder();
        entries.forEach((kind, values) -> {
            out.append(kind).append('=');
            for (int i = 0; i < values.size(); i++) {
                out.append(i == 0 ? "" : ",").append(URLEncoder.encode(values.get(i), StandardCharsets.UTF_8));
            }
            out.append('\n');
        });
        return out.toString();
    }

    public static MergeLedger decode(String text) {
        MergeLedger ledger = new MergeLedger();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String kind = line.substring(0, eq);
            String rest = line.substring(eq + 1);
            ledger.entries.put(kind, new ArrayList<>());
            if (!rest.isEmpty()) {
                for (String v : rest.split(",", -1)) {
                    ledger.add(kind, URLDecoder.decode(v, StandardCharsets.UTF_8));
                }
            }
        }
        return ledger;
    }
}
