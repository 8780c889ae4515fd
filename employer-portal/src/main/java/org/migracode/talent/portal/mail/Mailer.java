package org.migracode.talent.portal.mail;

/**
 * Queues e-mail. {@link #send(Mail)} joins the caller's transaction: if the transaction rolls back
 * nothing is sent, if it commits the mail is delivered by a background worker (with retries), so an
 * SMTP outage loses nothing.
 */
public interface Mailer {

    void send(Mail mail);
}
