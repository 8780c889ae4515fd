package org.migracode.talent.portal.outcomes;

import org.migracode.talent.portal.system.PortalException;

/** An edit was based on an older version than the stored one (409 with the current version). */
class StaleOutcomeException extends PortalException {

    private final long currentVersion;

    StaleOutcomeException(String what, long currentVersion, Long givenVersion) {
        super(Kind.STALE, what + " was changed by someone else: it is at version " + currentVersion + ", the edit was based on version "
                + givenVersion + "; reload it and apply your changes again");
        this.currentVersion = currentVersion;
    }

    long currentVersion() {
        return currentVersion;
    }

    @Override
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of("currentVersion", currentVersion);
    }
}
