package org.migracode.talent.core.profile;

/** Where a graduate wants to work; ANY accepts every {@link RemotePolicy}. */
public enum RemotePreference {
    ONSITE, HYBRID, REMOTE, ANY
}
