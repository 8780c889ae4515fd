package org.migracode.talent.portal.accounts;

import java.time.LocalDate;

/**
 * A company as an admin writes it (create and edit alike; every field is replaced on edit).
 *
 * @param name          required, unique (case does not matter), at most 200 characters
 * @param website       an http(s) URL, optional
 * @param contactName   the school's contact person at the company, optional
 * @param contactEmail  their e-mail address, optional
 * @param partnerSince  since when the company is a partner, optional
 * @param notes         the school's notes, never shown to the company, at most 5000 characters
 * @param version       the version an edit is based on (required for edits: 409 when it changed meanwhile)
 */
public record CompanyRequest(String name, String website, String city, String contactName, String contactEmail,
        LocalDate partnerSince, String notes, Long version) {
}
