package org.migracode.talent.portal.accounts;

import java.time.LocalDate;
import java.util.UUID;
import org.migracode.talent.index.company.Company;

/** A company as admins see it. */
public record CompanyView(UUID id, String name, String website, String city, String contactName, String contactEmail,
        LocalDate partnerSince, String notes, boolean active, long version) {

    static CompanyView of(Company c) {
        return new CompanyView(c.getId(), c.getName(), c.getWebsite(), c.getCity(), c.getContactName(), c.getContactEmail(),
                c.getPartnerSince(), c.getNotes(), c.isActive(), c.getVersion());
    }
}
