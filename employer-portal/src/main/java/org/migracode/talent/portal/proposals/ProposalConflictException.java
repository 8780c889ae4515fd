package org.migracode.talent.portal.proposals;

import org.migracode.talent.portal.system.PortalException;

/**
 * A request that conflicts with what is stored, with a stable problem {@code type} and a message
 * key for the UI: the graduate is already proposed for the listing, the listing is not open, the
 * graduate does not show their profile to employers.
 */
class ProposalConflictException extends PortalException {

    private final String type;

    ProposalConflictException(String type, String message) {
        super(Kind.CONFLICT, message);
        this.type = type;
    }

    /** The problem type's last segment, also the UI message key suffix ({@code proposals.conflict.<type>}). */
    @Override
    public String type() {
        return type;
    }

    /** The members a problem about a proposal's current state carries (none when it is gone). */
    static java.util.Map<String, Object> currentState(ProposalView current) {
        if (current == null) {
            return java.util.Map.of();
        }
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("currentVersion", current.version());
        state.put("currentStage", current.stage().name());
        state.put("proposal", current);
        return state;
    }
}
