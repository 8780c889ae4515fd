package org.migracode.talent.portal.register;

/** A graduate's one-click answer to a check-in. After graduation only {@code CHANGED_JOB} ("I found a job") and {@code SEEKING} apply. */
public enum FollowUpAnswer {
    STILL_EMPLOYED, CHANGED_JOB, SEEKING
}
