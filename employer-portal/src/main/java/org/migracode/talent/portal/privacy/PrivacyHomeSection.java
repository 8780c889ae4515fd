package org.migracode.talent.portal.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.privacy.RetentionCandidate;
import org.migracode.talent.portal.home.HomeCard;
import org.migracode.talent.portal.home.HomeCard.HomeLine;
import org.migracode.talent.portal.home.HomeSection;
import org.migracode.talent.portal.home.Texts;
import org.migracode.talent.portal.school.ShownTimes;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The graduate's profile completeness (what to add, each linking to its field) and, for coaches
 * and admins, the inactive profiles due for anonymisation.
 */
@Component
class PrivacyHomeSection implements HomeSection {

    static final int SHOWN = 5;

    private final SelfService self;
    private final PrivacyAdminService admin;
    private final MessageSource messages;
    private final ShownTimes times;

    PrivacyHomeSection(SelfService self, PrivacyAdminService admin, MessageSource messages, ShownTimes times) {
        this.self = self;
        this.admin = admin;
        this.messages = messages;
        this.times = times;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer, Locale locale) {
        Viewer p = viewer;
        Texts t = new Texts(messages, locale);
        if (p.role() == Role.GRADUATE && p.graduateId() != null) {
            return List.of(completeness(self.profile(viewer, locale), t));
        }
        if (p.role() == Role.COACH || p.role() == Role.ADMIN) {
            List<RetentionCandidate> due = admin.flagged();
            ShownTimes.Formats dates = times.in(locale);
            List<HomeLine> lines = due.stream().limit(SHOWN).map(c -> new HomeLine(c.displayName(), "/candidates/" + c.graduateId(),
                    t.get("home.retention.after", dates.date(c.anonymiseAfter())))).toList();
            return List.of(new HomeCard("retention-due", 60, t.get("home.retention", due.size()), lines, t.get("home.retention.none"),
                    "/retention", t.get("home.retention.all")));
        }
        return List.of();
    }

    /** How complete the profile is and what to add, each missing part linking to its field on /me. */
    static HomeCard completeness(MyProfile me, Texts t) {
        List<HomeLine> missing = new ArrayList<>();
        int parts = 0;
        parts += check(missing, me.headline() != null && !me.headline().isBlank(), "headline", t);
        parts += check(missing, me.summary() != null && !me.summary().isBlank(), "summary", t);
        parts += check(missing, me.skills().size() >= 3, "skills", t);
        parts += check(missing, !me.languages().isEmpty(), "languages", t);
        parts += check(missing, me.city() != null && !me.city().isBlank(), "city", t);
        parts += check(missing, me.availableFrom() != null, "availableFrom", t);
        parts += check(missing, !me.projects().isEmpty(), "projects", t);
        int percent = Math.round(parts * 100f / 7);
        return new HomeCard("profile-completeness", 10, t.get("home.graduate.complete", percent), missing,
                t.get("home.graduate.complete.all"), "/me", t.get("home.graduate.profile"));
    }

    private static int check(List<HomeLine> missing, boolean present, String field, Texts t) {
        if (present) {
            return 1;
        }
        missing.add(new HomeLine(t.get("home.graduate.add." + field), "/me#" + (field.equals("projects") ? "projects" : field),
                t.get("home.graduate.why." + field)));
        return 0;
    }
}
