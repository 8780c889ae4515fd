package org.migracode.talent.portal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditEntry;
import org.migracode.talent.index.audit.AuditFilter;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.portal.home.HomeCard;
import org.migracode.talent.portal.home.HomeCard.HomeLine;
import org.migracode.talent.portal.home.HomeSection;
import org.migracode.talent.portal.home.Texts;
import org.migracode.talent.portal.school.ShownTimes;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The admin's home: the search index against the database (same counts as /admin/index) and the
 * latest CSV imports (their audit entries). Reading the imports' entries is not itself audited: it
 * is the admin's own trail of what they did, shown as counts without personal data.
 */
@Component
class AdminHomeSection implements HomeSection {

    static final int IMPORTS_SHOWN = 3;

    private final IndexMaintenance maintenance;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ShownTimes times;

    AdminHomeSection(IndexMaintenance maintenance, AuditLog audit, MessageSource messages, ShownTimes times) {
        this.maintenance = maintenance;
        this.audit = audit;
        this.messages = messages;
        this.times = times;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer, Locale locale) {
        if (!viewer.admin()) {
            return List.of();
        }
        Texts t = new Texts(messages, locale);
        List<HomeLine> index = new ArrayList<>();
        boolean running = maintenance.runningReindex().isPresent();
        for (IndexCounts c : maintenance.counts()) {
            index.add(new HomeLine(t.get("home.index.line", c.entity(), c.databaseRows(), c.indexDocuments()), "/admin/index",
                    c.inSync() ? t.get("home.index.inSync") : t.get("home.index.outOfSync")));
        }
        String indexTitle = running ? t.get("home.index.running")
                : maintenance.counts().stream().allMatch(IndexCounts::inSync) ? t.get("home.index.ok") : t.get("home.index.rebuild");
        ShownTimes.Formats dates = times.in(locale);
        List<AuditEntry> imports = audit.query(new AuditFilter(null, null, AuditAction.ADMIN_IMPORT, null, null), 0, IMPORTS_SHOWN)
                .entries();
        List<HomeLine> importLines = imports.stream().map(e -> new HomeLine(dates.dateTime(e.at()), "/admin/import",
                e.detail() == null ? "" : e.detail().replace("kind=", "").replaceAll(" (file|dryRun|clearEmpty|created|updated|unchanged|refused|written)=", " · $1 "))).toList();
        return List.of(
                new HomeCard("index-state", 10, indexTitle, index, t.get("home.index.none"), "/admin/index", t.get("home.index.open")),
                new HomeCard("imports", 20, t.get("home.imports"), importLines, t.get("home.imports.none"), "/admin/import",
                        t.get("home.imports.open")));
    }
}
