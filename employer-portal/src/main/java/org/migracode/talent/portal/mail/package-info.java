/**
 * Outgoing e-mail. Features hand a {@link org.migracode.talent.portal.mail.Mail} to the
 * {@link org.migracode.talent.portal.mail.Mailer} inside their own transaction; delivery happens later.
 */
package org.migracode.talent.portal.mail;
