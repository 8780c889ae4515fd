package org.migracode.talent.index.matching;

import java.util.ArrayList;
import java.util.List;
import org.migracode.talent.core.taxonomy.TokenizedText;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.PortfolioProject;

/**
 * A graduate's own words — headline, summary, and each project's title and description, a line
 * each — tokenized once. The skills in the whole text, the skills of each project, the ESCO skill
 * bag and the occupations of headline and summary are all read from these terms: indexing a
 * graduate tokenized the same text four times before, a tenth of a reindex's CPU.
 *
 * <p>Each part is whole lines of the text, so it reads exactly as if tokenized alone
 * ({@link TokenizedText#line}): what each extractor finds is what it found on its own string.
 */
final class GraduateText {

    private final TokenizedText whole;
    private final int[] headline;
    private final int[] summary;
    private final List<int[]> projects;

    private GraduateText(TokenizedText whole, int[] headline, int[] summary, List<int[]> projects) {
        this.whole = whole;
        this.headline = headline;
        this.summary = summary;
        this.projects = projects;
    }

    static GraduateText of(GraduateProfile graduate) {
        StringBuilder text = new StringBuilder();
        int[] headline = appendLine(text, graduate.getHeadline());
        int[] summary = appendLine(text, graduate.getSummary());
        List<int[]> projects = new ArrayList<>();
        for (PortfolioProject p : graduate.getProjects()) {
            int[] title = appendLine(text, p.getTitle());
            int[] description = appendLine(text, p.getDescription());
            projects.add(new int[] {title[0], description[1]});
        }
        return new GraduateText(TokenizedText.of(text.toString()), headline, summary, projects);
    }

    /** Headline, summary and every project's title and description. */
    TokenizedText whole() {
        return whole;
    }

    TokenizedText headline() {
        return whole.line(headline[0], headline[1]);
    }

    TokenizedText summary() {
        return whole.line(summary[0], summary[1]);
    }

    /** The title and description of the graduate's {@code index}-th project. */
    TokenizedText project(int index) {
        int[] range = projects.get(index);
        return whole.line(range[0], range[1]);
    }

    /** Appends {@code part} (nothing for null) and a line break; returns where the part lies. */
    private static int[] appendLine(StringBuilder text, String part) {
        int from = text.length();
        if (part != null) {
            text.append(part);
        }
        int to = text.length();
        text.append('\n');
        return new int[] {from, to};
    }
}
