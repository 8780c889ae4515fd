package org.migracode.talent.core.report;

import java.util.List;
import java.util.Map;

/**
 * The proposal funnel of one group (a cohort, a company, a period). docs/reports.md defines each.
 *
 * @param reached per pipeline stage, proposals that reached it or a later pipeline stage
 * @param conversion per pipeline stage after the first, reached(stage) of reached(previous stage)
 * @param exits proposals that ended in each exit stage
 * @param daysInStage per pipeline stage before HIRED, median days from entering it to leaving it
 *     (only proposals that left it)
 * @param daysToAnswer median days from a coach's proposal to the employer's first answer
 *     (interested or declined)
 * @param daysToHire median days from creation to HIRED
 */
public record FunnelFigures(Count proposals, Map<FunnelStage, Count> reached, Map<FunnelStage, Rate> conversion,
        Map<FunnelStage, Count> exits, Map<FunnelStage, Median> daysInStage, Rate answeredOfProposed, Median daysToAnswer,
        Median daysToHire) {

    public List<FunnelStage> pipeline() {
        return FunnelStage.PIPELINE;
    }
}
