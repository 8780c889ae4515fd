package org.migracode.talent.portal.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a CSV file holds: its columns (required ones first) and an example row for the template.
 * For graduates, {@code visible_to_employers} and {@code consent_basis} count only when the row
 * creates the graduate (a new graduate shown to employers needs the basis); afterwards only the
 * graduate changes their consent.
 */
public enum ImportKind {
    GRADUATES(List.of("external_id", "display_name", "cohort", "email", "phone", "city", "headline", "summary", "skills",
            "languages", "available_from", "visible_to_employers", "consent_basis"), Set.of("external_id", "display_name"),
            List.of("grad-2025-001", "Amina Haddad", "Barcelona 2025 Spring", "amina@example.org", "", "Barcelona",
                    "Junior frontend developer", "React and Node projects; Arabic, French, Spanish.", "javascript:3;react:2;css:3",
                    "es:B2;en:B1;ar:C2", "2025-07-01", "true", "Signed the enrolment consent form on 2025-03-01")),
    COMPANIES(List.of("external_id", "name", "city", "website", "description"), Set.of("external_id", "name"),
            List.of("acme", "Acme Web SL", "Barcelona", "https://acme.example", "Web agency hiring juniors.")),
    LISTINGS(List.of("external_id", "company_external_id", "type", "title", "description", "city", "remote_policy", "start_date",
            "status", "required_skills", "nice_skills"), Set.of("external_id", "company_external_id", "type", "title"),
            List.of("acme-2025-01", "acme", "JOB", "Junior React developer", "React, JavaScript and CSS.", "Barcelona", "HYBRID",
                    "2025-09-01", "OPEN", "react:2;javascript:2", "typescript;docker"));

    final List<String> columns;
    final Set<String> required;
    final List<String> example;

    ImportKind(List<String> columns, Set<String> required, List<String> example) {
        this.columns = columns;
        this.required = required;
        this.example = example;
    }

    static ImportKind parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("import kind must be graduates, companies or listings, got " + value);
        }
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
