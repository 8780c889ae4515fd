package org.migracode.talent.portal.cvs;

import java.util.Objects;

/**
 * The plain text of an uploaded document.
 *
 * @param kind     what the content was read as
 * @param text     the document's text, paragraphs on their own lines
 * @param headline a headline the document states as such (a LinkedIn export's), or {@code null}
 */
record DocumentText(DocumentKind kind, String text, String headline) {
    DocumentText {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
