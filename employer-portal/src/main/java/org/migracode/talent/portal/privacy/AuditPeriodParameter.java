package org.migracode.talent.portal.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A bound of the audit log's period ({@code from}, {@code to}) as the API and the staff page take
 * it: an instant ({@code 2026-11-29T10:00:00Z}) or a date (its start, UTC); blank means open.
 */
final class AuditPeriodParameter {

    private AuditPeriodParameter() {
    }

    /** @throws IllegalArgumentException naming the parameter, when the value is neither */
    static Instant parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(name + " must be an instant (2026-11-29T10:00:00Z) or a date (2026-11-29)");
            }
        }
    }
}
