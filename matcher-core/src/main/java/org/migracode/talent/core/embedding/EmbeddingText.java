package org.migracode.talent.core.embedding;

import java.util.List;

/**
 * Which text of a listing and of a graduate is embedded: the whole of each, as the pilot
 * did (chunking did not help). A listing: title and description. A graduate: headline, summary
 * and each project's title and description, i.e. their own words. Parts are joined by line breaks;
 * blank parts are left out; the result is blank when there is nothing to embed.
 */
public final class EmbeddingText {

    private EmbeddingText() {
    }

    public static String listing(String title, String description) {
        return join(List.of(nullToEmpty(title), nullToEmpty(description)));
    }

    public static String graduate(String headline, String summary, List<String> projectTexts) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(nullToEmpty(headline));
        parts.add(nullToEmpty(summary));
        parts.addAll(projectTexts);
        return join(parts);
    }

    private static String join(List<String> parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!s.isEmpty()) {
                    s.append('\n');
                }
                s.append(p.strip());
            }
        }
        return s.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
