package org.migracode.talent.portal.notifications;

/** When a person gets e-mail about their notifications. */
public enum EmailMode {
    /** One mail per notification, written in the event's transaction. */
    IMMEDIATELY,
    /** One mail a day with everything still unread ({@link DailyDigest}). */
    DAILY,
    /** No e-mail; the bell only. */
    OFF
}
