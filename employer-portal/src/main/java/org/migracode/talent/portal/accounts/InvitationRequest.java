package org.migracode.talent.portal.accounts;

import java.util.UUID;
import org.migracode.talent.index.accounts.Role;

/**
 * Whom to invite, as what.
 *
 * @param email       required (for a graduate: defaults to the profile's address); becomes the user name
 * @param displayName required (for a graduate: defaults to the profile's name)
 * @param role        ADMIN, COACH, RECRUITER or GRADUATE; a recruiter may only invite RECRUITER (default for them)
 * @param companyId   required for RECRUITER (a recruiter's own company when they invite)
 * @param graduateId  required for GRADUATE: the imported profile the account will be bound to
 * @param locale      en, es or ca: the language of the e-mail and of the page the link opens
 *                    (default: the school's default language)
 * @param sendEmail   false to only get the link and send it by hand (default true)
 */
public record InvitationRequest(String email, String displayName, Role role, UUID companyId, UUID graduateId, String locale,
        Boolean sendEmail) {
}
