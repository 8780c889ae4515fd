package org.migracode.talent.portal.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.search.GraduateHit;
import org.migracode.talent.index.search.GraduatePage;
import org.migracode.talent.index.search.GraduateQuery;
import org.migracode.talent.index.search.GraduateSearch;
import org.migracode.talent.portal.notifications.Notice;
import org.migracode.talent.portal.notifications.Notifier;
import org.migracode.talent.portal.notifications.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The saved-search alert: for each search whose alert is due (daily or weekly), runs the search
 * again <em>as the company that saved it</em> and tells the person how many graduates match now who
 * did not at the last run (newly visible to the company, or newly matching because their profile
 * changed). Each graduate the index returns is checked again against the database with
 * {@link GraduateAccess#shownTo} at the time of the alert, so a graduate who hides their profile or
 * blocks the company is never counted, even if the index lags. The notification carries the
 * search's name and the count only (kind {@value #KIND}); the person opens the search to see who.
 *
 * <p>Each search runs in its own transaction: its notification, its new baseline and its
 * {@code last_run_at} commit together or not at all. Searches consider their first
 * {@value #MAX_MATCHES} matches by relevance.
 */
@Component
public class SavedSearchAlerts {

    public static final String KIND = "saved-search.new-matches";
    static final int MAX_MATCHES = 500;
    private static final Logger log = LoggerFactory.getLogger(SavedSearchAlerts.class);

    private final JdbcTemplate jdbc;
    private final GraduateSearch search;
    private final GraduateRepository graduates;
    private final Notifier notifier;
    private final TransactionTemplate tx;

    SavedSearchAlerts(JdbcTemplate jdbc, GraduateSearch search, GraduateRepository graduates, Notifier notifier,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.search = search;
        this.graduates = graduates;
        this.notifier = notifier;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What one run found. */
    public record RunResult(int searches, int notified) {
    }

    @Scheduled(cron = "${talent.saved-search.alert-cron:0 0 * * * *}")
    void scheduled() {
        RunResult result = runDue(Instant.now());
        if (result.searches() > 0) {
            log.info("Saved-search alerts: {} searches run, {} with new graduates", result.searches(), result.notified());
        }
    }

    /** Runs every alert due at {@code now}. */
    public RunResult runDue(Instant now) {
        // a few minutes of slack, so that an hourly job does not slip a whole period behind
        Duration slack = Duration.ofMinutes(5);
        List<UUID> due = jdbc.queryForList("select id from saved_search where "
                + "(frequency = 'DAILY' and (last_run_at is null or last_run_at <= ?)) or "
                + "(frequency = 'WEEKLY' and (last_run_at is null or last_run_at <= ?)) order by id", UUID.class,
                Timestamp.from(now.minus(AlertFrequency.DAILY.every().orElseThrow()).plus(slack)),
                Timestamp.from(now.minus(AlertFrequency.WEEKLY.every().orElseThrow()).plus(slack)));
        int notified = 0;
        for (UUID id : due) {
            try {
                Integer found = tx.execute(s -> run(id, now));
                if (found != null && found > 0) {
                    notified++;
                }
            } catch (RuntimeException e) {
                log.warn("Saved-search alert {} failed, will try again at the next run: {}", id, e.toString());
            }
        }
        return new RunResult(due.size(), notified);
    }

    /** Runs one saved search's alert now (in the caller's transaction); returns how many graduates were new. */
    int run(UUID id, Instant now) {
        List<Map<String, Object>> rows = jdbc.queryForList("select s.name, s.query, s.account_id, s.company_id, a.role, "
                + "a.company_id as account_company from saved_search s join user_account a on a.id = s.account_id where s.id = ? "
                + "for update of s", id);
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, Object> row = rows.get(0);
        UUID company = (UUID) row.get("company_id");
        boolean recruiter = "RECRUITER".equals(row.get("role"));
        jdbc.update("update saved_search set last_run_at = ? where id = ?", Timestamp.from(now), id);
        if (recruiter && (company == null || !company.equals(row.get("account_company")))) {
            return 0; // the recruiter moved to another company: the search no longer speaks for one
        }
        GraduateSearchParams params;
        Set<UUID> nowMatching;
        try {
            params = GraduateSearchParams.fromQuery((String) row.get("query"));
            nowMatching = matching(params, company, recruiter);
        } catch (IllegalArgumentException e) {
            return 0; // a search that is no longer valid (e.g. a skill removed from the taxonomy) finds nobody
        }
        Set<UUID> before = new HashSet<>(jdbc.queryForList("select graduate_id from saved_search_match where saved_search_id = ?",
                UUID.class, id));
        List<UUID> fresh = nowMatching.stream().filter(g -> !before.contains(g)).toList();
        replaceBaseline(id, nowMatching);
        if (!fresh.isEmpty()) {
            notifier.notify(new Notice(new Recipients.Account((UUID) row.get("account_id")), KIND, "/candidates/saved/" + id,
                    Map.of("name", (String) row.get("name"), "count", Integer.toString(fresh.size()))));
        }
        return fresh.size();
    }

    /** Stores the graduates {@code params} matches now as the search's baseline (in the caller's transaction). */
    void rememberBaseline(UUID id, GraduateSearchParams params, UUID company, boolean recruiter) {
        replaceBaseline(id, matching(params, company, recruiter));
    }

    private void replaceBaseline(UUID id, Set<UUID> matching) {
        jdbc.update("delete from saved_search_match where saved_search_id = ?", id);
        List<Object[]> rows = matching.stream().map(g -> new Object[] {id, g}).toList();
        jdbc.batchUpdate("insert into saved_search_match (saved_search_id, graduate_id) values (?, ?) on conflict do nothing", rows);
    }

    /**
     * The graduates the search matches for the company (recruiters) or for staff, at most
     * {@value #MAX_MATCHES}; for a company each one re-checked against the database.
     */
    Set<UUID> matching(GraduateSearchParams params, UUID company, boolean recruiter) {
        GraduateQuery base = params.toQuery(recruiter);
        Set<UUID> found = new LinkedHashSet<>();
        int size = GraduateQuery.MAX_PAGE_SIZE;
        for (int page = 0; page * size < MAX_MATCHES; page++) {
            GraduatePage result = search.search(new GraduateQuery(base.text(), base.skills(), base.languages(), base.availableBy(),
                    base.city(), base.remote(), base.type(), base.cohort(), base.sort(), page, size, recruiter,
                    recruiter ? company : null));
            result.items().stream().map(GraduateHit::id).forEach(found::add);
            if (result.items().size() < size) {
                break;
            }
        }
        if (!recruiter) {
            return found;
        }
        Set<UUID> shown = new LinkedHashSet<>();
        List<UUID> ids = new ArrayList<>(found);
        graduates.findAllById(ids).stream().filter(g -> GraduateAccess.shownTo(g, company)).forEach(g -> shown.add(g.getId()));
        found.retainAll(shown);
        return found;
    }
}
