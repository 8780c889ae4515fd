package org.migracode.talent.core.draft;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migracode.talent.core.draft.ProfileDraft.FoundLanguage;
import org.migracode.talent.core.draft.ProfileDraft.FoundProject;
import org.migracode.talent.core.draft.ProfileDraft.FoundSkill;
import org.migracode.talent.core.extraction.ListingLanguageSuggester;
import org.migracode.talent.core.extraction.SkillExtractor;
import org.migracode.talent.core.extraction.SkillMention;
import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * Turns the plain text of a CV (English, Spanish or Catalan) into a {@link ProfileDraft}.
 *
 * <ul>
 *   <li><b>headline</b>: the first of the first {@value #HEADLINE_LINES} non-blank lines that
 *       names an occupation ("Junior Full-Stack Developer", "Desarrolladora web", "Programador
 *       frontend") and is at most {@value #MAX_HEADLINE} characters long;</li>
 *   <li><b>skills</b>: the matcher's own {@link SkillExtractor} (the one that reads listings and
 *       profiles), each skill once with the sentence of its first mention — the line, cut at a
 *       full stop, at most {@value #MAX_SENTENCE} characters;</li>
 *   <li><b>languages</b>: the listing language reader ({@link ListingLanguageSuggester}): a language
 *       name in EN/ES/CA next to a CEFR level ("Spanish C1", "Inglés: B2"), "native"/"nativo"/"nadiu"
 *       as C2; a language without a stated level is not suggested;</li>
 *   <li><b>projects</b>: every absolute http(s) link except profile pages (LinkedIn) and mail, with
 *       the words before it on its line as title (else the line above, else the link's path) and
 *       the skills that line names.</li>
 * </ul>
 * At most {@value #MAX_TEXT} characters of text are read. Cost: linear in the text. Thread-safe.
 */
public final class ProfileDraftExtractor {

    static final int MAX_TEXT = 200_000;
    static final int HEADLINE_LINES = 8;
    static final int MAX_HEADLINE = 120;
    static final int MAX_SENTENCE = 240;
    static final int MAX_TITLE = 120;
    static final int MAX_PROJECTS = 20;

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()\\[\\]{}|\\\\^`]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_REPO = Pattern.compile("(?<![\\w/.@])(github\\.com|gitlab\\.com)/[\\w.-]+(/[\\w.-]+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_PROJECTS = Set.of("linkedin.com", "www.linkedin.com", "es.linkedin.com");

    private final SkillExtractor skills;
    private final OccupationVocabulary occupations;
    private final ListingLanguageSuggester languages = new ListingLanguageSuggester();

    public ProfileDraftExtractor(SkillExtractor skills, OccupationVocabulary occupations) {
        this.skills = Objects.requireNonNull(skills, "skills");
        this.occupations = Objects.requireNonNull(occupations, "occupations");
    }

    /** The draft {@code text} suggests; an empty draft for null or blank text. Never throws. */
    public ProfileDraft extract(String text) {
        return extract(text, null);
    }

    /**
     * The draft {@code text} suggests, with {@code headline} as the headline when it is not blank
     * (a LinkedIn export states one).
     */
    public ProfileDraft extract(String text, String headline) {
        String t = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        String head = headline != null && !headline.isBlank() ? clip(headline.strip(), MAX_HEADLINE) : headline(t);
        return new ProfileDraft(head, skills(t), languages(t), projects(t));
    }

    private String headline(String text) {
        int seen = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (++seen > HEADLINE_LINES) {
                break;
            }
            if (l.length() <= MAX_HEADLINE && !occupations.mentions(l).isEmpty() && !URL.matcher(l).find()) {
                return l;
            }
        }
        return null;
    }

    private List<FoundSkill> skills(String text) {
        Map<SkillId, String> first = new LinkedHashMap<>();
        for (SkillMention m : skills.extract(text)) {
            first.computeIfAbsent(m.skill(), k -> sentenceAround(text, m.start(), m.end()));
        }
        List<FoundSkill> out = new ArrayList<>();
        first.forEach((skill, sentence) -> out.add(new FoundSkill(skill, sentence)));
        return out;
    }

    private List<FoundLanguage> languages(String text) {
        return languages.suggest(text).stream().map(s -> new FoundLanguage(s.code(), s.minLevel())).toList();
    }

    private List<FoundProject> projects(String text) {
        Map<String, FoundProject> found = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        String previous = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            for (Link link : links(line)) {
                if (found.size() >= MAX_PROJECTS || found.containsKey(link.url())) {
                    continue;
                }
                String before = cleanTitle(line.substring(0, link.start()));
                String title = !before.isEmpty() ? before : previous != null && links(previous).isEmpty()
                        ? cleanTitle(previous) : "";
                if (title.isEmpty()) {
                    title = pathTitle(link.url());
                }
                List<String> technologies = skills.distinctSkills(line).stream().map(SkillId::value).toList();
                found.put(link.url(), new FoundProject(clip(title, MAX_TITLE), link.url(), clip(line, MAX_SENTENCE), technologies));
            }
            previous = line;
        }
        return List.copyOf(found.values());
    }

    private record Link(String url, int start) {
    }

    private static List<Link> links(String line) {
        List<Link> out = new ArrayList<>();
        Matcher m = URL.matcher(line);
        while (m.find()) {
            String url = trimTrailing(m.group());
            if (isProject(url)) {
                out.add(new Link(url, m.start()));
            }
        }
        Matcher bare = BARE_REPO.matcher(line); // "github.com/ana/shop" without a scheme; never part of a link found above
        while (bare.find()) {
            String url = "https://" + trimTrailing(bare.group());
            if (isProject(url) && out.stream().noneMatch(l -> l.url().equalsIgnoreCase(url))) {
                out.add(new Link(url, bare.start()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Link::start));
        return out;
    }

    private static String trimTrailing(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static boolean isProject(String url) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            return host != null && host.contains(".") && !NOT_PROJECTS.contains(host.toLowerCase(Locale.ROOT))
                    && url.length() <= 500;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The words before a link, without list bullets and separators ("- Shop app: " is "Shop app"). */
    private static String cleanTitle(String s) {
        String t = s.strip();
        t = t.replaceAll("^[\\-*•·–—\\d.)\\s]+", "");
        t = t.replaceAll("[\\s:;,\\-–—|(\\[]+$", "");
        return t.strip();
    }

    private static String pathTitle(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
            if (path.isEmpty()) {
                return uri.getHost();
            }
            String[] parts = path.split("/");
            return parts[parts.length - 1];
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** The line around [start, end), cut at sentence ends (". ", "! ", "? ") and at {@value #MAX_SENTENCE} chars. */
    static String sentenceAround(String text, int start, int end) {
        int from = text.lastIndexOf('\n', start - 1) + 1;
        for (int k = start - 1; k > from; k--) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k + 1))) {
                from = k + 1;
                break;
            }
        }
        int to = text.indexOf('\n', end);
        to = to < 0 ? text.length() : to;
        for (int k = end; k < to; k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && (k + 1 >= to || Character.isWhitespace(text.charAt(k + 1)))) {
                to = k + 1;
                break;
            }
        }
        String s = text.substring(from, to).strip();
        if (s.length() <= MAX_SENTENCE) {
            return s;
        }
        int mid = (start - from) - MAX_SENTENCE / 2;
        int a = Math.max(0, Math.min(mid, s.length() - MAX_SENTENCE));
        return (a > 0 ? "…" : "") + s.substring(a, a + MAX_SENTENCE).strip() + (a + MAX_SENTENCE < s.length() ? "…" : "");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }
}
