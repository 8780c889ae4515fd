package org.migracode.talent.core.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One proposal's stage history: the stage it was created in and every later move, oldest first.
 */
public record ProposalHistory(Instant createdAt, FunnelStage createdIn, List<Move> moves) {

    public ProposalHistory {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdIn, "createdIn");
        moves = moves.stream().sorted(Comparator.comparing(Move::at)).toList();
    }

    /** A move into {@code to} at {@code at}. */
    public record Move(FunnelStage to, Instant at) {
    }

    /** The furthest pipeline stage reached (index into {@link FunnelStage#PIPELINE}). */
    int furthestPipelineIndex() {
        int furthest = createdIn.pipelineIndex();
        for (Move m : moves) {
            furthest = Math.max(furthest, m.to().pipelineIndex());
        }
        return furthest;
    }

    /** When the proposal entered {@code stage} (created in it, or first moved into it), or null. */
    Instant entered(FunnelStage stage) {
        if (createdIn == stage) {
            return createdAt;
        }
        return moves.stream().filter(m -> m.to() == stage).map(Move::at).findFirst().orElse(null);
    }

    /** When it left {@code stage}: the first move after entering it, or null while it is still there. */
    Instant left(FunnelStage stage) {
        Instant in = entered(stage);
        if (in == null) {
            return null;
        }
        return moves.stream().filter(m -> m.to() != stage && !m.at().isBefore(in)).map(Move::at).findFirst().orElse(null);
    }

    FunnelStage current() {
        return moves.isEmpty() ? createdIn : moves.get(moves.size() - 1).to();
    }
}
