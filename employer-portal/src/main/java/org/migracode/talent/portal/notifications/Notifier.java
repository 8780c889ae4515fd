package org.migracode.talent.portal.notifications;

/**
 * Tells people that something happened. {@link #notify(Notice)} joins the caller's transaction
 * ({@code Propagation.MANDATORY}), like {@link org.migracode.talent.portal.mail.Mailer}: the
 * notification exists if and only if the event committed.
 *
 * <p>The caller decides who may learn what: a {@link Notice}'s arguments must carry no more
 * personal data than every one of its recipients may see in the portal (a recruiter never gets a
 * hidden or blocking graduate's name).
 */
public interface Notifier {

    /** Writes one notification per account the notice's {@link Recipients} resolve to; returns how many. */
    int notify(Notice notice);
}
