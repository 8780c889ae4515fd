package org.migracode.talent.portal.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migracode.talent.portal.home.HomeCard;
import org.migracode.talent.portal.home.HomeCard.HomeLine;
import org.migracode.talent.portal.home.HomeSection;
import org.migracode.talent.portal.home.Texts;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Proposals on the home page: a recruiter's proposals waiting for their answer; a coach's
 * recruiter requests to confirm and proposals waiting more than seven days; a graduate's new
 * updates and proposals waiting for their answer. Same queries as the proposal pages.
 */
@Component
class ProposalHomeSection implements HomeSection {

    static final int SHOWN = 5;

    private final ProposalService service;
    private final MessageSource messages;

    ProposalHomeSection(ProposalService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer, Locale locale) {
        Texts t = new Texts(messages, locale);
        if (viewer.recruiter()) {
            List<ProposalView> open = service.list(viewer, open(), 0, ProposalService.MAX_PAGE_SIZE).items();
            List<ProposalView> waiting = open.stream().filter(p -> !p.steps().isEmpty() || p.canDecline()).toList();
            return List.of(card("waiting-for-you", 10, t.get("home.recruiter.waiting", waiting.size()), waiting, t,
                    t.get("home.recruiter.waiting.none"), "/proposals", t.get("home.proposals.all")));
        }
        if (viewer.staff()) {
            ProposalService.Board board = service.board(viewer, ProposalFilter.none());
            List<ProposalView> all = board.columns().values().stream().flatMap(List::stream).toList();
            List<ProposalView> confirm = all.stream().filter(ProposalView::canConfirm).toList();
            List<ProposalView> overdue = all.stream().filter(ProposalView::overdue).toList();
            return List.of(
                    card("to-confirm", 10, t.get("home.coach.confirm", confirm.size()), confirm, t, t.get("home.coach.confirm.none"),
                            "/proposals/board", t.get("home.proposals.board")),
                    card("overdue", 20, t.get("home.coach.overdue", overdue.size()), overdue, t, t.get("home.coach.overdue.none"),
                            "/proposals/board", t.get("home.proposals.board")));
        }
        if (viewer.graduate() && viewer.graduateId() != null) {
            long unread = service.unread(viewer);
            List<ProposalView> toAnswer = service.list(viewer, open(), 0, ProposalService.MAX_PAGE_SIZE).items().stream()
                    .filter(ProposalView::canAnswer).toList();
            List<HomeLine> lines = new ArrayList<>();
            if (unread > 0) {
                lines.add(new HomeLine(t.get("home.graduate.unread", unread), "/me/proposals", null));
            }
            toAnswer.stream().limit(SHOWN).forEach(p -> lines.add(new HomeLine(
                    t.get("home.graduate.proposal", p.listing().title(), p.company().name()), "/proposals/" + p.id(),
                    t.get("home.graduate.proposal.answer"))));
            return List.of(new HomeCard("new-proposals", 20, t.get("home.graduate.proposals"), lines,
                    t.get("home.graduate.proposals.none"), "/me/proposals", t.get("home.proposals.mine")));
        }
        return List.of();
    }

    private static ProposalFilter open() {
        return new ProposalFilter(List.of(), null, null, null, null, null, true);
    }

    private static HomeCard card(String id, int order, String title, List<ProposalView> items, Texts t, String empty, String more,
            String moreText) {
        List<HomeLine> lines = items.stream().limit(SHOWN).map(p -> new HomeLine(
                t.get("home.proposal.line", p.graduate().name() == null ? t.get("home.proposal.withdrawn") : p.graduate().name(),
                        p.listing().title()),
                "/proposals/" + p.id(), t.get("proposals.stage." + p.stage()) + (p.company().name() == null ? "" : " · " + p.company().name())))
                .toList();
        return new HomeCard(id, order, title, lines, empty, more, moreText);
    }
}
