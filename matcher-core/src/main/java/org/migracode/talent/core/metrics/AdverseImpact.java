package org.migracode.talent.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adverse-impact arithmetic (the "four-fifths rule"): each group's selection rate
 * {@code selected / considered}, its ratio to the highest rate among published groups, and a
 * flag when that ratio is below {@value #THRESHOLD}. Groups with fewer than the minimum number of
 * people considered (default {@value #DEFAULT_MIN_GROUP_SIZE}) are suppressed: no rate, no ratio,
 * no flag, and they do not set the reference rate. When no published group has anyone selected,
 * every ratio is 1 (nothing to compare). Cost O(groups).
 */
public final class AdverseImpact {

    public static final double THRESHOLD = 0.8;
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;

    private AdverseImpact() {
    }

    /** Analysis with the default minimum group size; groups in the order given. */
    public static List<GroupImpact> analyse(List<GroupOutcome> outcomes) {
        return analyse(outcomes, DEFAULT_MIN_GROUP_SIZE);
    }

    /** Analysis with a minimum group size of at least 1; groups in the order given. */
    public static List<GroupImpact> analyse(List<GroupOutcome> outcomes, int minGroupSize) {
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("minimum group size must be at least 1, got " + minGroupSize);
        }
        double highest = 0;
        for (GroupOutcome o : outcomes) {
            if (o.considered() >= minGroupSize) {
                highest = Math.max(highest, rate(o));
            }
        }
        List<GroupImpact> out = new ArrayList<>(outcomes.size());
        for (GroupOutcome o : outcomes) {
            if (o.considered() < minGroupSize) {
                out.add(new GroupImpact(o.group(), o.considered(), o.selected(), true,
                        OptionalDouble.empty(), OptionalDouble.empty(), false));
                continue;
            }
            double rate = rate(o);
            double ratio = highest == 0 ? 1.0 : rate / highest;
            out.add(new GroupImpact(o.group(), o.considered(), o.selected(), false,
                    OptionalDouble.of(rate), OptionalDouble.of(ratio), ratio < THRESHOLD));
        }
        return out;
    }

    /**
     * Counts outcomes per group from individual decisions: {@code groupOf} maps each person
     * considered to a group, {@code selected} holds the people selected. Groups sorted by name.
     */
    public static List<GroupOutcome> count(Map<String, String> groupOf, Set<String> selected) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Map.Entry<String, String> e : groupOf.entrySet()) {
            int[] c = counts.computeIfAbsent(e.getValue(), g -> new int[2]);
            c[0]++;
            if (selected.contains(e.getKey())) {
                c[1]++;
            }
        }
        List<GroupOutcome> out = new ArrayList<>();
        counts.forEach((g, c) -> out.add(new GroupOutcome(g, c[0], c[1])));
        return out;
    }

    private static double rate(GroupOutcome o) {
        return o.considered() == 0 ? 0.0 : (double) o.selected() / o.considered();
    }
}
