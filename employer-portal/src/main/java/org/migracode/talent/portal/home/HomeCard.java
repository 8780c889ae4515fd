package org.migracode.talent.portal.home;

import java.util.List;

/**
 * One block of a home page: a title, a few lines each linking to where the work is, what to say
 * when there is nothing to do, and a link to the whole list. Texts are already in the page's language.
 *
 * @param id      stable id for the page (and tests): "waiting-for-you", "drafts"…
 * @param order   where the card goes: lower first
 */
public record HomeCard(String id, int order, String title, List<HomeLine> lines, String empty, String moreHref, String moreText) {

    public HomeCard {
        lines = List.copyOf(lines);
    }

    /** One thing to do or see: {@code href} opens it; {@code detail} says more (may be null). */
    public record HomeLine(String text, String href, String detail) {
    }
}
