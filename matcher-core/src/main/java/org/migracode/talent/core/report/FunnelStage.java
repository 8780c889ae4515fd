package org.migracode.talent.core.report;

import java.util.List;

/**
 * The proposal stages as the funnel counts them; the same names as the stored proposal stages.
 * {@link #PIPELINE} is the order a proposal moves in; the rest are exits.
 */
public enum FunnelStage {
    PROPOSED, EMPLOYER_INTERESTED, INTERVIEWING, OFFER, HIRED, DECLINED_BY_EMPLOYER, WITHDRAWN_BY_GRADUATE, LISTING_CLOSED;

    public static final List<FunnelStage> PIPELINE = List.of(PROPOSED, EMPLOYER_INTERESTED, INTERVIEWING, OFFER, HIRED);

    public static final List<FunnelStage> EXITS = List.of(DECLINED_BY_EMPLOYER, WITHDRAWN_BY_GRADUATE, LISTING_CLOSED);

    /** Position in the pipeline, or -1 for an exit. */
    public int pipelineIndex() {
        return PIPELINE.indexOf(this);
    }
}
