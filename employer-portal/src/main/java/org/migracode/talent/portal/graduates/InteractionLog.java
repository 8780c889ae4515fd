package org.migracode.talent.portal.graduates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The interaction log's storage. Its entries are personal data about the graduate: they are in
 * the graduate's data download (section {@code interactions}) and erased with the account. Who may
 * read or write is the caller's check (staff only).
 */
@Component
class InteractionLog implements PersonalDataContributor {

    /** Longest note kept (the column's check). */
    static final int MAX_NOTE = 4000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InteractionLog(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    List<Interaction> of(UUID graduateId) {
        return jdbc.query("select * from graduate_interaction where graduate_id = ? order by happened_on desc, created_at desc, id",
                (rs, i) -> new Interaction(rs.getObject("id", UUID.class), InteractionKind.valueOf(rs.getString("kind")),
                        rs.getObject("happened_on", LocalDate.class), rs.getString("note"), rs.getString("author_name"),
                        rs.getTimestamp("created_at").toInstant()), graduateId);
    }

    UUID add(UUID graduateId, InteractionKind kind, LocalDate happenedOn, String note, UUID authorId, String authorName) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into graduate_interaction (id, graduate_id, kind, happened_on, note, author_id, author_name, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", id, graduateId, kind.name(), happenedOn, note, authorId, authorName,
                Timestamp.from(clock.instant()));
        return id;
    }

    @Override
    public String section() {
        return "interactions";
    }

    @Override
    public Object export(UUID graduateId) {
        return of(graduateId);
    }

    @Override
    public void erase(UUID graduateId) {
        jdbc.update("delete from graduate_interaction where graduate_id = ?", graduateId);
    }
}
