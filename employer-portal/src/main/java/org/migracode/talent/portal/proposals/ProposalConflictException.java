package org.migracode.talent.portal.proposals;

/**
 * A request that conflicts with what is stored, with a stable problem {@code type} and a message
 * key for the UI: the graduate is already proposed for the listing, the listing is not open, the
 * graduate does not show their profile to employers.
 */
class ProposalConflictException extends RuntimeException {

    private final String type;

    ProposalConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** The problem type's last segment, also the UI message key suffix ({@code proposals.conflict.<type>}). */
    String type() {
        return type;
    }
}
