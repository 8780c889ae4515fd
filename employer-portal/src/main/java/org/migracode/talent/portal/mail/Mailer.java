package org.migracode.talent.portal.mail;

/**
 * Queues e-mail. {@link #send(Mail)} joins the caller's transaction: if the transaction rolls back
 * nothing is sent, if it commits the mail is delivered by a background worker (with retries), so an
 * SMTP outage loses nothing.
 *
 * <p>A transaction is required ({@code Propagation.MANDATORY}): calling {@code send} without one
 * throws {@link org.springframework.transaction.IllegalTransactionStateException}. A mail is always
 * the consequence of some change (an invitation, a reset token, a proposal's new stage); writing it
 * on its own would send mail about a change that may still roll back. Wrap the change and the
 * {@code send} in one {@code @Transactional} method.
 */
public interface Mailer {

    void send(Mail mail);
}
