package org.migracode.talent.index.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.migracode.talent.index.persistence.StoredEntity;

/** A partner company whose recruiters publish listings. Recruiters see only their own company's data. */
@Entity
@Table(name = "company")
public class Company extends StoredEntity {

    @Column(nullable = false, unique = true)
    private String name;

    private String city;

    private String website;

    private String description;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "partner_since")
    private LocalDate partnerSince;

    private String notes;

    /** A deactivated company's recruiters are disabled and nobody may be invited into it. */
    @Column(nullable = false)
    private boolean active = true;

    protected Company() {
    }

    public Company(UUID id, String name, String city) {
        super(id, Instant.now());
        this.name = requireText(name, "name");
        this.city = city;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = requireText(name, "name");
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public LocalDate getPartnerSince() {
        return partnerSince;
    }

    public void setPartnerSince(LocalDate partnerSince) {
        this.partnerSince = partnerSince;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }
}
