package org.migracode.talent.index.outcomes;

/** How a graduate found the job: through a match proposal, or on their own. */
public enum PlacementSource {
    PROPOSAL, INDEPENDENT
}
