package org.migracode.talent.portal.duplicates;

import org.migracode.talent.portal.security.Viewer;
import java.util.List;
import java.util.Locale;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.portal.home.HomeCard;
import org.migracode.talent.portal.home.HomeCard.HomeLine;
import org.migracode.talent.portal.home.HomeSection;
import org.migracode.talent.portal.home.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Staff's home: the possible duplicates waiting for a decision, oldest first, each opening the pair. */
@Component
class DuplicateHomeSection implements HomeSection {

    static final int SHOWN = 5;

    private final DuplicateService service;
    private final MessageSource messages;

    DuplicateHomeSection(DuplicateService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer, Locale locale) {
        if (!viewer.staff()) {
            return List.of();
        }
        Texts t = new Texts(messages, locale);
        List<PairView> pairs = service.queue();
        List<HomeLine> lines = pairs.stream().limit(SHOWN)
                .map(v -> new HomeLine(v.kept().displayName() + " · " + v.merged().displayName(), "/duplicates/" + v.id(), null))
                .toList();
        return List.of(new HomeCard("duplicates", 45, t.get("home.duplicates", pairs.size()), lines, t.get("home.duplicates.none"),
                "/duplicates", t.get("home.duplicates.more")));
    }
}
