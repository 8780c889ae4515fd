package org.migracode.talent.index.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.LanguageLevel;
import org.migracode.talent.core.profile.LanguageRequirement;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.PortfolioProject;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.core.taxonomy.SkillId;

/**
 * A compact text form of the matcher's view of a graduate or a listing, stored in the index
 * next to each document so that stage 2 re-ranks hundreds of candidates without a database
 * round trip. Fields are separated by U+001F, list items by U+001E and parts of an item by
 * U+001D; free text (project titles, listing text) has these control characters removed.
 * Descriptions are not stored: project technologies already hold the skills their text names.
 */
public final class MatchProfileCodec {

    static final String VERSION = "m1";
    private static final char FIELD = '\u001F';
    private static final char ITEM = '\u001E';
    private static final char PART = '\u001D';

    /** Skill ids met while decoding, so that the id check runs once per distinct id, not per candidate. */
    private static final Map<String, SkillId> SKILL_IDS = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    private MatchProfileCodec() {
    }

    private static SkillId skillId(String value) {
        SkillId id = SKILL_IDS.get(value);
        if (id == null) {
            id = SkillId.of(value);
            if (SKILL_IDS.size() < CACHE_LIMIT) {
                SKILL_IDS.put(value, id);
            }
        }
        return id;
    }

    public static String encode(CandidateProfile c) {
        StringBuilder b = new StringBuilder(VERSION).append(FIELD).append(c.id()).append(FIELD);
        join(b, c.skills(), (sb, s) -> sb.append(s.skill().value()).append(PART).append(s.level()).append(PART).append(s.source().name()));
        b.append(FIELD);
        join(b, c.projects(), (sb, p) -> {
            sb.append(clean(p.title()));
            p.technologies().stream().map(SkillId::value).sorted().forEach(t -> sb.append(PART).append(t));
        });
        b.append(FIELD);
        join(b, c.languages(), (sb, l) -> sb.append(l.isoCode()).append(PART).append(l.level().name()));
        b.append(FIELD).append(text(c.city())).append(FIELD).append(c.remote() == null ? "" : c.remote().name())
                .append(FIELD).append(c.availableFrom() == null ? "" : c.availableFrom().toString()).append(FIELD);
        join(b, c.wantedTypes().stream().sorted().toList(), (sb, t) -> sb.append(t.name()));
        return b.toString();
    }

    public static CandidateProfile decodeCandidate(String encoded) {
        String[] f = fields(encoded, 9);
        List<CandidateSkill> skills = new ArrayList<>();
        for (String item : items(f[2])) {
            String[] p = parts(item);
            skills.add(new CandidateSkill(skillId(p[0]), Integer.parseInt(p[1]), SkillSource.valueOf(p[2])));
        }
        List<PortfolioProject> projects = new ArrayList<>();
        for (String item : items(f[3])) {
            String[] p = parts(item);
            Set<SkillId> technologies = new LinkedHashSet<>();
            for (int i = 1; i < p.length; i++) {
                technologies.add(skillId(p[i]));
            }
            // the title stays out: its skills are already among the technologies, and the scorer
            // would otherwise read it again for every candidate of every query
            projects.add(new PortfolioProject("", "", technologies));
        }
        List<LanguageLevel> languages = new ArrayList<>();
        for (String item : items(f[4])) {
            String[] p = parts(item);
            languages.add(new LanguageLevel(p[0], Cefr.valueOf(p[1])));
        }
        Set<ListingType> types = EnumSet.noneOf(ListingType.class);
        items(f[8]).forEach(t -> types.add(ListingType.valueOf(t)));
        return new CandidateProfile(f[1], skills, projects, languages, blankToNull(f[5]),
                f[6].isEmpty() ? null : RemotePreference.valueOf(f[6]), f[7].isEmpty() ? null : LocalDate.parse(f[7]), types);
    }

    public static String encode(ListingProfile l) {
        StringBuilder b = new StringBuilder(VERSION).append(FIELD).append(l.id()).append(FIELD).append(clean(l.title()))
                .append(FIELD).append(l.type().name()).append(FIELD);
        join(b, l.required(), (sb, r) -> sb.append(r.skill().value()).append(PART).append(r.minLevel()));
        b.append(FIELD);
        join(b, l.niceToHave(), (sb, n) -> sb.append(n.value()));
        b.append(FIELD);
        join(b, l.languages(), (sb, x) -> sb.append(x.isoCode()).append(PART).append(x.level().name()));
        b.append(FIELD).append(text(l.city())).append(FIELD).append(l.remote() == null ? "" : l.remote().name())
                .append(FIELD).append(l.startDate() == null ? "" : l.startDate().toString());
        return b.toString();
    }

    /** The listing's matcher view; its description is empty (stage 2 does not read it). */
    public static ListingProfile decodeListing(String encoded) {
        String[] f = fields(encoded, 10);
        List<RequiredSkill> required = new ArrayList<>();
        for (String item : items(f[4])) {
            String[] p = parts(item);
            required.add(new RequiredSkill(skillId(p[0]), Integer.parseInt(p[1])));
        }
        List<SkillId> nice = items(f[5]).stream().map(MatchProfileCodec::skillId).toList();
        List<LanguageRequirement> languages = new ArrayList<>();
        for (String item : items(f[6])) {
            String[] p = parts(item);
            languages.add(new LanguageRequirement(p[0], Cefr.valueOf(p[1])));
        }
        return new ListingProfile(f[1], f[2], "", ListingType.valueOf(f[3]), required, nice, languages, blankToNull(f[7]),
                f[8].isEmpty() ? null : RemotePolicy.valueOf(f[8]), f[9].isEmpty() ? null : LocalDate.parse(f[9]));
    }

    private interface ItemWriter<T> {
        void write(StringBuilder b, T item);
    }

    private static <T> void join(StringBuilder b, Iterable<T> items, ItemWriter<T> writer) {
        boolean first = true;
        for (T item : items) {
            if (!first) {
                b.append(ITEM);
            }
            writer.write(b, item);
            first = false;
        }
    }

    private static String[] fields(String encoded, int count) {
        String[] f = encoded.split(String.valueOf(FIELD), -1);
        if (f.length != count || !f[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a " + VERSION + " match profile with " + count + " fields");
        }
        return f;
    }

    private static List<String> items(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split(String.valueOf(ITEM), -1));
    }

    private static String[] parts(String item) {
        return item.split(String.valueOf(PART), -1);
    }

    private static String text(String value) {
        return value == null ? "" : clean(value);
    }

    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\u001D-\\u001F]", " ");
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
