package org.migracode.talent.portal.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.index.account.Role;
import org.migracode.talent.portal.home.HomeCard;
import org.migracode.talent.portal.home.HomeCard.HomeLine;
import org.migracode.talent.portal.home.HomeSection;
import org.migracode.talent.portal.home.Texts;
import org.migracode.talent.portal.school.ShownTimes;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Coaches' check-ins due: a placement's 3-, 6- or 12-month mark that has passed (in the school's
 * zone) with no check-in recorded, oldest first, each linking to the graduate's outcome page where
 * the check-in is recorded (or the cohort's page when the graduate erased their account).
 */
@Component
class OutcomeHomeSection implements HomeSection {

    static final int SHOWN = 5;

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final ShownTimes times;

    OutcomeHomeSection(JdbcTemplate jdbc, MessageSource messages, ShownTimes times) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.times = times;
    }

    @Override
    public List<HomeCard> cards(Authentication auth, Locale locale) {
        if (!(auth.getPrincipal() instanceof PortalPrincipal p) || p.role() != Role.COACH) {
            return List.of();
        }
        Texts t = new Texts(messages, locale);
        ShownTimes.Formats dates = times.in(locale);
        LocalDate today = dates.today();
        List<Due> due = jdbc.query("""
                select pl.graduate_id, pl.cohort_id, coalesce(g.display_name, pl.employer_name, pl.role_title, '') as who,
                       coalesce(c.name, pl.employer_name, '') as employer, m.months, (pl.start_date + make_interval(months => m.months))::date as due
                from placement pl
                cross join (values (3), (6), (12)) as m(months)
                left join graduate_profile g on g.id = pl.graduate_id
                left join company c on c.id = pl.company_id
                where (pl.start_date + make_interval(months => m.months))::date <= ?
                  and not exists (select 1 from employment_check_in ci where ci.placement_id = pl.id and ci.months = m.months)
                order by due, pl.id
                """, (rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getInt(5), rs.getDate(6).toLocalDate()), today);
        List<HomeLine> lines = due.stream().limit(SHOWN).map(d -> new HomeLine(
                t.get("home.checkIn.line", d.who(), d.months(), d.employer()),
                d.graduateId() != null ? "/graduates/" + d.graduateId() + "/outcome" : "/outcomes/cohorts/" + d.cohortId(),
                t.get("home.checkIn.due", dates.date(d.due())))).toList();
        return List.of(new HomeCard("check-ins-due", 30, t.get("home.checkIn", due.size()), lines, t.get("home.checkIn.none"), null, null));
    }

    private record Due(UUID graduateId, UUID cohortId, String who, String employer, int months, LocalDate due) {
    }
}
