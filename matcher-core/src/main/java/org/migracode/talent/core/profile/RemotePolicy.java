package org.migracode.talent.core.profile;

/** Where a listing's work happens. */
public enum RemotePolicy {
    ONSITE, HYBRID, REMOTE
}
