package org.migracode.talent.portal.mail;

/** Where an outgoing mail is (column {@code mail_outbox.state}). Stored by name: never rename a value. */
public enum MailState {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a worker, which is talking to the SMTP server (or died doing so: then its lease runs out). */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: too many failed attempts, or refused for good. */
    FAILED
}
