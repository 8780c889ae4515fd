package org.migracode.talent.portal.imports;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored rows an import refers to by name or by {@code external_id}: plain SQL, because
 * {@code external_id} is an import column the entities do not map.
 */
@Component
class ImportRecords {

    private final JdbcTemplate jdbc;

    ImportRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cohort called {@code name}, or {@code null}. */
    UUID cohortId(String name) {
        List<UUID> ids = jdbc.queryForList("select id from cohort where name = ?", UUID.class, name);
        return ids.isEmpty() ? null : ids.get(0);
    }

    UUID companyIdByExternalId(String externalId) {
        return idByExternalId("company", externalId);
    }

    /** {@code table} is one of our three constants, never user input. */
    UUID idByExternalId(String table, String externalId) {
        List<UUID> ids = jdbc.queryForList("select id from " + table + " where external_id = ?", UUID.class, externalId);
        return ids.isEmpty() ? null : ids.get(0);
    }

    void setExternalId(String table, UUID id, String externalId) {
        jdbc.update("update " + table + " set external_id = ? where id = ?", externalId, id);
    }

    /** The external ids ({@code ""} when none) of the companies already called {@code name}, ignoring case. */
    List<String> companyExternalIdsNamed(String name) {
        return jdbc.queryForList("select coalesce(external_id, '') from company where lower(name) = lower(?)", String.class, name);
    }

    /** The stored status of a listing. */
    String listingStatus(UUID id) {
        return jdbc.queryForObject("select status from listing where id = ?", String.class, id);
    }
}
