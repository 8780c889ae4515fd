package org.migracode.talent.portal.cvs;

import java.util.List;
import java.util.Locale;
import org.migracode.talent.portal.home.HomeCard;
import org.migracode.talent.portal.home.HomeCard.HomeLine;
import org.migracode.talent.portal.home.HomeSection;
import org.migracode.talent.portal.home.Texts;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A graduate's CV drafts waiting for their confirmation, on their home page. */
@Component
class CvHomeSection implements HomeSection {

    private final CvService cvs;
    private final MessageSource messages;

    CvHomeSection(CvService cvs, MessageSource messages) {
        this.cvs = cvs;
        this.messages = messages;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer, Locale locale) {
        if (!viewer.graduate() || viewer.graduateId() == null) {
            return List.of();
        }
        Texts t = new Texts(messages, locale);
        List<HomeLine> open = cvs.drafts(viewer, null).stream().filter(d -> "OPEN".equals(d.status())).limit(3)
                .map(d -> new HomeLine(d.fileName() != null ? d.fileName() : t.get("cvs.origin." + d.origin()), "/cv/drafts/" + d.id(),
                        t.get("home.cv.open"))).toList();
        return List.of(new HomeCard("cv-drafts", 25, t.get("home.cv"), open, t.get("home.cv.none"), "/me/cv", t.get("home.cv.all")));
    }
}
