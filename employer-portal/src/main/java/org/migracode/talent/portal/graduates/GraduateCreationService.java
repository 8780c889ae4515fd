package org.migracode.talent.portal.graduates;

import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.input.TextRules;
import org.migracode.talent.index.duplicates.DuplicatePairs;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff create one graduate record by hand (a person who enrolled late, or was missing from the
 * import). The new record is hidden from employers until the graduate consents, exactly as an
 * imported one without a consent basis. In the same transaction it is compared with every other
 * record by the detector the import uses, and each likely duplicate goes into the staff's review
 * queue ({@link DuplicatePairs}); nothing is merged and no employer ever sees the queue. Coaches
 * and admins only (method security: 403 for everyone else).
 */
@Service
@PreAuthorize("hasAnyRole('COACH','ADMIN')")
class GraduateCreationService {

    static final int MAX_NAME = 200;
    static final int MAX_CITY = 100;

    /** What staff send. */
    record NewGraduate(String displayName, String email, String phone, UUID cohortId, String city) {
    }

    /** The new record's id and how many likely duplicates were queued for review. */
    record Created(UUID id, int duplicatesQueued) {
    }

    private final GraduateRepository graduates;
    private final DuplicatePairs duplicates;
    private final JdbcTemplate jdbc;
    private final AuditRecorder audit;

    GraduateCreationService(GraduateRepository graduates, DuplicatePairs duplicates, JdbcTemplate jdbc, AuditRecorder audit) {
        this.graduates = graduates;
        this.duplicates = duplicates;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** @throws IllegalArgumentException naming the field ({@code "displayName: required"}); nothing is stored then */
    @Transactional
    public Created create(NewGraduate r) {
        if (r == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        String name = text("displayName", r.displayName(), MAX_NAME);
        if (name == null) {
            throw new IllegalArgumentException("displayName: required");
        }
        String email = ContactFields.email(r.email());
        String phone = ContactFields.phone(r.phone());
        String city = text("city", r.city(), MAX_CITY);
        if (r.cohortId() != null && jdbc.queryForObject("select count(*) from cohort where id = ?", Integer.class, r.cohortId()) == 0) {
            throw new IllegalArgumentException("cohortId: no such cohort");
        }
        GraduateProfile g = new GraduateProfile(UUID.randomUUID(), name);
        g.setEmail(email);
        g.setPhone(phone);
        g.setCity(city);
        g.setCohortId(r.cohortId());
        g.recordConsent(false, null);
        graduates.saveAndFlush(g);
        int queued = duplicates.detect(List.of(g.getId()));
        audit.graduateCreated(g.getId(), "duplicates queued: " + queued);
        return new Created(g.getId(), queued);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        if (TextRules.firstForbidden(v) >= 0) {
            throw new IllegalArgumentException(field + ": control characters are not allowed");
        }
        return v;
    }
}
