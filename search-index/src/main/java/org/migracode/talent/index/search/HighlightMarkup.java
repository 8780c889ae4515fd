package org.migracode.talent.index.search;

/**
 * Turns a highlighter's output into safe HTML. The highlighter wraps matches in two private-use
 * characters instead of tags, so the passage can be escaped as a whole afterwards and the marks
 * added back balanced: whatever the profile text contains (tags, entities, stray marker
 * characters), the only markup in the result is {@code <mark>} and {@code </mark>}.
 */
final class HighlightMarkup {

    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private HighlightMarkup() {
    }

    static String toHtml(String highlighted) {
        StringBuilder html = new StringBuilder(highlighted.length() + 32);
        boolean open = false;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            switch (c) {
                case '\uE000' -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case '\uE001' -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
