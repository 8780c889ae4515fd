package org.migracode.talent.index.privacy;

/** Why an account was erased; decides the audit action recorded. */
public enum ErasureReason {
    /** The graduate erased their own account. */
    SELF,
    /** An admin erased it on the graduate's request. */
    ADMIN_ON_REQUEST,
    /** The retention job: inactive past the grace period. */
    RETENTION
}
