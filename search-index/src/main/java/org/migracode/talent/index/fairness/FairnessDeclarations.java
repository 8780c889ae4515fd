package org.migracode.talent.index.fairness;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code fairness_declaration} table, by plain JDBC (no entity, so nothing can map it into the
 * index by accident). Part of the graduate's data download; withdrawal and erasure delete the row.
 */
@Repository
public class FairnessDeclarations implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    public FairnessDeclarations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<FairnessDeclaration> find(UUID graduateId) {
        List<FairnessDeclaration> found = jdbc.query(
                "select gender, region, consented_at from fairness_declaration where graduate_id = ?",
                (rs, i) -> new FairnessDeclaration(
                        rs.getString(1) == null ? null : Gender.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : Region.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()),
                graduateId);
        return found.stream().findFirst();
    }

    /** Stores or replaces the declaration. */
    @Transactional
    public void save(UUID graduateId, FairnessDeclaration d) {
        jdbc.update("insert into fairness_declaration (graduate_id, gender, region, consented_at) values (?, ?, ?, ?)"
                        + " on conflict (graduate_id) do update set gender = excluded.gender, region = excluded.region,"
                        + " consented_at = excluded.consented_at",
                graduateId, d.gender() == null ? null : d.gender().name(), d.region() == null ? null : d.region().name(),
                Timestamp.from(d.consentedAt()));
    }

    /** Withdraws consent: the declaration is deleted, not kept. */
    @Transactional
    public boolean withdraw(UUID graduateId) {
        return jdbc.update("delete from fairness_declaration where graduate_id = ?", graduateId) > 0;
    }

    @Override
    public String section() {
        return "fairnessDeclaration";
    }

    @Override
    public Object export(UUID graduateId) {
        return find(graduateId).orElse(null);
    }

    @Override
    public void erase(UUID graduateId) {
        withdraw(graduateId);
    }
}
