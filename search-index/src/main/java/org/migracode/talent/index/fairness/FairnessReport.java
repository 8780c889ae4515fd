package org.migracode.talent.index.fairness;

import java.util.List;
import java.util.Map;

/**
 * Adverse-impact figures per self-declared group, for each step of the funnel.
 *
 * @param declared how many graduates gave a declaration
 * @param dimensions {@code gender} and {@code region}, each with one table per step
 */
public record FairnessReport(int declared, Map<String, List<StepImpact>> dimensions) {

    /**
     * One step of the funnel for every group of one dimension.
     *
     * @param step {@code PROPOSED} (of all declared), {@code INTERVIEWED} (of those proposed),
     *             {@code HIRED} (of those interviewed)
     */
    public record StepImpact(String step, List<GroupRow> groups) {
    }

    /**
     * One group at one step. Suppressed groups (fewer than the minimum size considered) publish no
     * number at all: not even their counts, which would identify people.
     */
    public record GroupRow(String group, boolean suppressed, Integer considered, Integer selected, Double rate,
                           Double impactRatio, boolean flagged) {
    }
}
