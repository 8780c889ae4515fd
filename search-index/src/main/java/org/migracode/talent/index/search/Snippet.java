package org.migracode.talent.index.search;

import java.util.Objects;

/**
 * A highlighted passage. {@code html} is the passage with every character HTML-escaped except
 * the balanced {@code <mark>…</mark>} pairs around the matched words, so a view may write it
 * unescaped.
 */
public record Snippet(Source source, String html) {

    /** Where the passage comes from. */
    public enum Source { SUMMARY, PROJECT }

    public Snippet {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(html, "html");
    }
}
