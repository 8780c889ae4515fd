package org.migracode.talent.portal.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches of the signed-in recruiter or staff member: each person sees and changes only
 * their own (another person's id answers like an unknown one). A search is stored as the search
 * page's query string without paging, after checking that it is a valid search; it also remembers
 * which graduates it matched when saved, so the first alert announces only newcomers
 * ({@link SavedSearchAlerts}).
 */
@Service
public class SavedSearchService {

    static final int MAX_NAME = 100;
    static final int MAX_PER_ACCOUNT = 50;
    /** As the {@code saved_search.query} column allows; the encoded text of a very long non-Latin search may exceed it. */
    static final int MAX_QUERY = 4000;

    private final JdbcTemplate jdbc;
    private final SavedSearchAlerts alerts;

    SavedSearchService(JdbcTemplate jdbc, SavedSearchAlerts alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    /** The signed-in person's saved searches, newest first. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SavedSearch> mine(Viewer viewer) {
        return jdbc.query("select * from saved_search where account_id = ? order by created_at desc, name", SavedSearchService::row,
                owner(viewer).accountId());
    }

    /** One of the signed-in person's saved searches; empty for an unknown id or someone else's. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<SavedSearch> find(Viewer viewer, UUID id) {
        return jdbc.query("select * from saved_search where id = ? and account_id = ?", SavedSearchService::row, id,
                owner(viewer).accountId()).stream().findFirst();
    }

    /**
     * Saves the search under {@code name}.
     *
     * @throws SavedSearchException for a bad name, a name already used, too many searches
     * @throws IllegalArgumentException for a search parameter that the search itself refuses
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional
    public SavedSearch save(Viewer viewer, String name, GraduateSearchParams params, AlertFrequency frequency) {
        Viewer owner = owner(viewer);
        String clean = name(name);
        GraduateSearchParams search = params.withoutPaging();
        search.toQuery(true); // a search the page would refuse is not saved either
        String query = GraduateSearchService.describe(search);
        if (query.length() > MAX_QUERY) {
            throw new SavedSearchException("query", "the search is too long to save (" + query.length() + " characters)");
        }
        Integer count = jdbc.queryForObject("select count(*) from saved_search where account_id = ?", Integer.class, owner.accountId());
        if (count != null && count >= MAX_PER_ACCOUNT) {
            throw new SavedSearchException("tooMany", "at most " + MAX_PER_ACCOUNT + " saved searches per person");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        UUID company = owner.role() == Role.RECRUITER ? owner.companyId() : null;
        try {
            jdbc.update("insert into saved_search (id, account_id, company_id, name, query, frequency, last_run_at, created_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)", id, owner.accountId(), company, clean, query,
                    (frequency == null ? AlertFrequency.OFF : frequency).name(), Timestamp.from(now), Timestamp.from(now));
        } catch (DuplicateKeyException e) {
            throw new SavedSearchException("duplicate", "a saved search named '" + clean + "' exists already");
        }
        alerts.rememberBaseline(id, search, company, owner.role() == Role.RECRUITER);
        return new SavedSearch(id, clean, query, frequency == null ? AlertFrequency.OFF : frequency, now, now);
    }

    /** Renames one of the person's searches; false when it is not theirs or does not exist. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional
    public boolean rename(Viewer viewer, UUID id, String name) {
        String clean = name(name);
        try {
            return jdbc.update("update saved_search set name = ? where id = ? and account_id = ?", clean, id, owner(viewer).accountId()) == 1;
        } catch (DuplicateKeyException e) {
            throw new SavedSearchException("duplicate", "a saved search named '" + clean + "' exists already");
        }
    }

    /** Sets how often the alert runs; false when the search is not the person's. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional
    public boolean frequency(Viewer viewer, UUID id, AlertFrequency frequency) {
        return jdbc.update("update saved_search set frequency = ? where id = ? and account_id = ?", frequency.name(), id,
                owner(viewer).accountId()) == 1;
    }

    /** Deletes one of the person's searches; false when it is not theirs or does not exist. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional
    public boolean delete(Viewer viewer, UUID id) {
        return jdbc.update("delete from saved_search where id = ? and account_id = ?", id, owner(viewer).accountId()) == 1;
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME || clean.chars().anyMatch(Character::isISOControl)) {
            throw new SavedSearchException("name", "a name of 1 to " + MAX_NAME + " characters");
        }
        return clean;
    }

    /** The signed-in person; saved searches belong to an account, so a principal without one cannot have any. */
    private static Viewer owner(Viewer viewer) {
        if (viewer.accountId() != null) {
            return viewer;
        }
        throw new AccessDeniedException("saved searches need a portal account");
    }

    static SavedSearch row(ResultSet rs, int n) throws SQLException {
        Timestamp last = rs.getTimestamp("last_run_at");
        return new SavedSearch(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("query"),
                AlertFrequency.valueOf(rs.getString("frequency")), last == null ? null : last.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
