package org.migracode.talent.portal.register;

import java.util.List;
import java.util.Locale;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.portal.home.HomeCard;
import org.migracode.talent.portal.home.HomeCard.HomeLine;
import org.migracode.talent.portal.home.HomeSection;
import org.migracode.talent.portal.home.Texts;
import org.migracode.talent.portal.register.FollowUpSchedule.FollowUp;
import org.migracode.talent.portal.school.ShownTimes;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The register on each home page: coaches see the check-ins due (after graduation and after a
 * placement, oldest first, each linking to the graduate's outcome page), a graduate sees their own
 * open check-ins, a recruiter the hires waiting for their confirmation.
 */
@Component
class RegisterHomeSection implements HomeSection {

    static final int SHOWN = 5;

    private final FollowUpService followUps;
    private final HireService hires;
    private final MessageSource messages;
    private final ShownTimes times;

    RegisterHomeSection(FollowUpService followUps, HireService hires, MessageSource messages, ShownTimes times) {
        this.followUps = followUps;
        this.hires = hires;
        this.messages = messages;
        this.times = times;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer, Locale locale) {
        Viewer p = viewer;
        Texts t = new Texts(messages, locale);
        ShownTimes.Formats dates = times.in(locale);
        if (p.role() == Role.COACH) {
            List<FollowUpService.Due> due = followUps.due();
            List<HomeLine> lines = due.stream().limit(SHOWN).map(d -> new HomeLine(
                    t.get("register.home.due.line", d.displayName(), label(t, d.followUp())),
                    "/graduates/" + d.graduateId() + "/outcome", t.get("register.home.due.on", dates.date(d.followUp().dueOn()))))
                    .toList();
            return List.of(new HomeCard("check-ins-due", 30, t.get("register.home.due", due.size()), lines,
                    t.get("register.home.due.none"), "/register/due", t.get("register.home.due.all")));
        }
        if (p.role() == Role.GRADUATE && p.graduateId() != null) {
            List<FollowUp> open = followUps.mine(p.graduateId()).stream()
                    .filter(f -> f.state() != FollowUpSchedule.State.UPCOMING).toList();
            if (open.isEmpty()) {
                return List.of();
            }
            return List.of(new HomeCard("my-check-ins", 5, t.get("register.home.mine", open.size()),
                    open.stream().limit(SHOWN).map(f -> new HomeLine(label(t, f), "/me/check-ins", null)).toList(),
                    "", "/me/check-ins", t.get("register.home.mine.answer")));
        }
        if (p.role() == Role.RECRUITER && p.companyId() != null) {
            List<HireService.Hire> waiting = hires.hires(p.companyId()).stream().filter(h -> !h.confirmed()).toList();
            return List.of(new HomeCard("hires-to-confirm", 40, t.get("register.home.hires", waiting.size()),
                    waiting.stream().limit(SHOWN).map(h -> new HomeLine(h.graduateName(), "/hires", dates.date(h.startDate()))).toList(),
                    t.get("register.home.hires.none"), "/hires", t.get("register.home.hires.all")));
        }
        return List.of();
    }

    static String label(Texts t, FollowUp f) {
        return f.afterPlacement() ? t.get("register.mark.placement", f.offset()) : t.get("register.mark.graduation", f.offset());
    }
}
