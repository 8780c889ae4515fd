package org.migracode.talent.portal.accounts;

/**
 * A new (or resent) invitation with its link. The link holds the raw token and is shown only this
 * once: the database keeps only its hash.
 *
 * @param emailed whether an e-mail with the link was queued
 */
public record IssuedInvitation(InvitationView invitation, String link, boolean emailed) {
}
