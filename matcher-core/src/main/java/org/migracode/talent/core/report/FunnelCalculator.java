package org.migracode.talent.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Computes {@link FunnelFigures} from proposal histories. Cost: linear in proposals and moves. */
public final class FunnelCalculator {

    private FunnelCalculator() {
    }

    public static FunnelFigures compute(List<ProposalHistory> proposals) {
        List<FunnelStage> pipeline = FunnelStage.PIPELINE;
        int[] reached = new int[pipeline.size()];
        Map<FunnelStage, Integer> exits = new EnumMap<>(FunnelStage.class);
        Map<FunnelStage, List<Double>> inStage = new EnumMap<>(FunnelStage.class);
        List<Double> toAnswer = new ArrayList<>();
        List<Double> toHire = new ArrayList<>();
        int proposedByCoach = 0;
        int answered = 0;
        for (ProposalHistory p : proposals) {
            int furthest = p.furthestPipelineIndex();
            for (int i = 0; i <= furthest; i++) {
                reached[i]++;
            }
            FunnelStage current = p.current();
            if (current.pipelineIndex() < 0) {
                exits.merge(current, 1, Integer::sum);
            }
            for (FunnelStage stage : pipeline) {
                if (stage == FunnelStage.HIRED) {
                    continue;
                }
                Instant in = p.entered(stage);
                Instant out = p.left(stage);
                if (in != null && out != null) {
                    inStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(days(in, out));
                }
            }
            if (p.createdIn() == FunnelStage.PROPOSED) {
                proposedByCoach++;
                Instant answer = p.moves().stream()
                        .filter(m -> m.to() == FunnelStage.EMPLOYER_INTERESTED || m.to() == FunnelStage.DECLINED_BY_EMPLOYER
                                || m.to().pipelineIndex() > FunnelStage.EMPLOYER_INTERESTED.pipelineIndex())
                        .map(ProposalHistory.Move::at).findFirst().orElse(null);
                if (answer != null) {
                    answered++;
                    toAnswer.add(days(p.createdAt(), answer));
                }
            }
            Instant hired = p.entered(FunnelStage.HIRED);
            if (hired != null) {
                toHire.add(days(p.createdAt(), hired));
            }
        }
        Map<FunnelStage, Count> reachedCounts = new EnumMap<>(FunnelStage.class);
        Map<FunnelStage, Rate> conversion = new EnumMap<>(FunnelStage.class);
        Map<FunnelStage, Median> medians = new EnumMap<>(FunnelStage.class);
        for (int i = 0; i < pipeline.size(); i++) {
            reachedCounts.put(pipeline.get(i), new Count(reached[i]));
            if (i > 0) {
                conversion.put(pipeline.get(i), new Rate(reached[i], reached[i - 1]));
            }
            if (pipeline.get(i) != FunnelStage.HIRED) {
                medians.put(pipeline.get(i), Median.of(inStage.getOrDefault(pipeline.get(i), List.of())));
            }
        }
        Map<FunnelStage, Count> exitCounts = new EnumMap<>(FunnelStage.class);
        for (FunnelStage exit : FunnelStage.EXITS) {
            exitCounts.put(exit, new Count(exits.getOrDefault(exit, 0)));
        }
        return new FunnelFigures(new Count(proposals.size()), reachedCounts, conversion, exitCounts, medians,
                new Rate(answered, proposedByCoach), Median.of(toAnswer), Median.of(toHire));
    }

    /** Whole and fractional days between two instants. */
    static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes() / (24.0 * 60);
    }
}
