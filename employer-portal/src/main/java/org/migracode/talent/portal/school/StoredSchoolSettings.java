package org.migracode.talent.portal.school;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SchoolSettings} from the {@code school_settings} table (one row), falling back to the
 * {@code talent.school.*} properties while no admin has saved the settings page. The row is read
 * once and kept until this process saves it again (one portal process per database; a second
 * process would see another's change only after its own next save or a restart).
 */
@Component
@Primary
public class StoredSchoolSettings implements SchoolSettings {

    /** An uploaded logo and its checked content type. */
    public record Logo(byte[] bytes, String contentType) {
    }

    private final JdbcTemplate jdbc;
    private final PropertySchoolSettings.Properties defaults;
    private volatile Settings current;

    StoredSchoolSettings(JdbcTemplate jdbc, PropertySchoolSettings.Properties defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    /** The settings in force now. */
    public Settings current() {
        Settings s = current;
        if (s == null) {
            s = load();
            current = s;
        }
        return s;
    }

    private Settings load() {
        return jdbc.query("""
                select name, time_zone, default_language, placement_goal_percent, suppression_threshold, check_in_months,
                       ranking_policy, logo is not null as has_logo, version from school_settings where id = 1""",
                (rs, n) -> new Settings(rs.getString(1), ZoneId.of(rs.getString(2)), Locale.forLanguageTag(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5), months(rs.getString(6)), RankingPolicy.valueOf(rs.getString(7)),
                        rs.getBoolean(8), rs.getLong(9)))
                .stream().findFirst().orElseGet(() -> Settings.of(defaults));
    }

    /**
     * Saves {@code s} (without touching the logo).
     *
     * @param expectedVersion the version the editor read, or negative to overwrite whatever is stored
     * @throws IllegalStateException someone saved in between (409)
     */
    @Transactional
    Settings save(Settings s, long expectedVersion, UUID by) {
        int updated = jdbc.update("""
                update school_settings set name = ?, time_zone = ?, default_language = ?, placement_goal_percent = ?,
                       suppression_threshold = ?, check_in_months = ?, ranking_policy = ?, updated_at = now(), updated_by = ?,
                       version = version + 1
                 where id = 1 and (? < 0 or version = ?)""",
                s.name(), s.zone().getId(), s.defaultLocale().toLanguageTag(), s.placementGoalPercent(), s.suppressionThreshold(),
                text(s.checkInMonths()), s.rankingPolicy().name(), by, expectedVersion, expectedVersion);
        if (updated == 0) {
            Integer rows = jdbc.queryForObject("select count(*) from school_settings", Integer.class);
            if (rows != null && rows > 0) {
                throw new IllegalStateException("the settings were changed by someone else since they were read; reload and try again");
            }
            jdbc.update("""
                    insert into school_settings (id, name, time_zone, default_language, placement_goal_percent, suppression_threshold,
                                                 check_in_months, ranking_policy, updated_by)
                    values (1, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    s.name(), s.zone().getId(), s.defaultLocale().toLanguageTag(), s.placementGoalPercent(), s.suppressionThreshold(),
                    text(s.checkInMonths()), s.rankingPolicy().name(), by);
        }
        current = null;
        return current();
    }

    /** Stores (or, with null, removes) the logo; saves the current settings first when none are stored yet. */
    @Transactional
    Settings saveLogo(Logo logo, UUID by) {
        Integer rows = jdbc.queryForObject("select count(*) from school_settings", Integer.class);
        if (rows == null || rows == 0) {
            save(current(), -1, by);
        }
        jdbc.update("update school_settings set logo = ?, logo_content_type = ?, updated_at = now(), updated_by = ?, "
                        + "version = version + 1 where id = 1",
                logo == null ? null : logo.bytes(), logo == null ? null : logo.contentType(), by);
        current = null;
        return current();
    }

    public Optional<Logo> logo() {
        return jdbc.query("select logo, logo_content_type from school_settings where id = 1 and logo is not null",
                (rs, n) -> new Logo(rs.getBytes(1), rs.getString(2))).stream().findFirst();
    }

    private static String text(List<Integer> months) {
        return months.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> months(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    @Override
    public String name() {
        return current().name();
    }

    @Override
    public ZoneId zone() {
        return current().zone();
    }

    @Override
    public Locale defaultLocale() {
        return current().defaultLocale();
    }

    @Override
    public int placementGoalPercent() {
        return current().placementGoalPercent();
    }

    @Override
    public int suppressionThreshold() {
        return current().suppressionThreshold();
    }

    @Override
    public List<Integer> checkInMonths() {
        return current().checkInMonths();
    }

    @Override
    public RankingPolicy rankingPolicy() {
        return current().rankingPolicy();
    }

    @Override
    public boolean hasLogo() {
        return current().hasLogo();
    }
}
