package org.migracode.talent.portal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.SpokenLanguage;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.springframework.stereotype.Component;

/**
 * The columns of each import kind as {@link ImportField}s: how a (validated) cell becomes a stored
 * value, and how that value is read back and written onto the entity.
 */
@Component
class ImportColumns {

    private final ImportRecords records;
    private final SkillVocabulary vocabulary;

    ImportColumns(ImportRecords records, SkillVocabulary vocabulary) {
        this.records = records;
        this.vocabulary = vocabulary;
    }

    List<ImportField<Company>> company() {
        return List.of(
                ImportField.<Company>kept("name", Company::getName, s -> s, (c, v) -> c.rename((String) v)),
                ImportField.<Company>of("city", Company::getCity, s -> s, (c, v) -> c.setCity((String) v)),
                ImportField.<Company>of("website", Company::getWebsite, s -> s, (c, v) -> c.setWebsite((String) v)),
                ImportField.<Company>of("description", Company::getDescription, s -> s, (c, v) -> c.setDescription((String) v)));
    }

    List<ImportField<GraduateProfile>> graduate() {
        return List.of(
                ImportField.<GraduateProfile>kept("display_name", GraduateProfile::getDisplayName, s -> s,
                        (g, v) -> g.setDisplayName((String) v)),
                ImportField.<GraduateProfile>of("cohort", GraduateProfile::getCohortId, records::cohortId,
                        (g, v) -> g.setCohortId((UUID) v)),
                ImportField.<GraduateProfile>of("email", GraduateProfile::getEmail, s -> s, (g, v) -> g.setEmail((String) v)),
                ImportField.<GraduateProfile>of("phone", GraduateProfile::getPhone, s -> s, (g, v) -> g.setPhone((String) v)),
                ImportField.<GraduateProfile>of("city", GraduateProfile::getCity, s -> s, (g, v) -> g.setCity((String) v)),
                ImportField.<GraduateProfile>of("headline", GraduateProfile::getHeadline, s -> s, (g, v) -> g.setHeadline((String) v)),
                ImportField.<GraduateProfile>of("summary", GraduateProfile::getSummary, s -> s, (g, v) -> g.setSummary((String) v)),
                ImportField.<GraduateProfile>merged("skills", ImportColumns::skillLevels, this::skillLevels, ImportColumns::writeSkills,
                        ImportColumns::mergeMaps, Map.of()),
                ImportField.<GraduateProfile>merged("languages", ImportColumns::languageLevels, ImportColumns::languageLevels,
                        ImportColumns::writeLanguages, ImportColumns::mergeMaps, Map.of()),
                ImportField.<GraduateProfile>of("available_from", GraduateProfile::getAvailableFrom, LocalDate::parse,
                        (g, v) -> g.setAvailableFrom((LocalDate) v)));
    }

    List<ImportField<Listing>> listing() {
        return List.of(
                ImportField.<Listing>kept("type", Listing::getType, s -> ListingType.valueOf(s.toUpperCase(Locale.ROOT)),
                        (l, v) -> l.setType((ListingType) v)),
                ImportField.<Listing>kept("title", Listing::getTitle, s -> s, (l, v) -> l.setTitle((String) v)),
                ImportField.<Listing>of("description", Listing::getDescription, s -> s, (l, v) -> l.setDescription((String) v)),
                ImportField.<Listing>of("city", Listing::getCity, s -> s, (l, v) -> l.setCity((String) v)),
                ImportField.<Listing>kept("remote_policy", Listing::getRemotePolicy, s -> RemotePolicy.valueOf(s.toUpperCase(Locale.ROOT)),
                        (l, v) -> l.setRemotePolicy((RemotePolicy) v)),
                ImportField.<Listing>of("start_date", Listing::getStartDate, LocalDate::parse, (l, v) -> l.setStartDate((LocalDate) v)),
                ImportField.<Listing>replaced("required_skills", ImportColumns::requiredLevels, this::skillLevels,
                        ImportColumns::writeRequired, Map.of()),
                ImportField.<Listing>replaced("nice_skills", l -> new LinkedHashSet<>(l.getNiceToHaveSkills()), this::niceSkills,
                        (l, v) -> l.replaceNiceToHaveSkills(List.copyOf((Set<?>) v).stream().map(String::valueOf).toList()), Set.of()),
                ImportField.<Listing>kept("status", l -> l.getStatus().name(), s -> s.toUpperCase(Locale.ROOT), ImportColumns::writeStatus));
    }

    /** The parts of a list cell ({@code a;b;c}), stripped, blanks left out. */
    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static Object skillLevels(GraduateProfile g) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        g.getSkills().forEach(s -> levels.put(s.getSkillId(), s.getLevel()));
        return levels;
    }

    private Object skillLevels(String cell) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String part : list(cell)) {
            String[] p = part.split(":", 2);
            levels.put(vocabulary.resolve(p[0].strip()).orElseThrow().value(), p.length == 2 ? Integer.parseInt(p[1].strip()) : 2);
        }
        return levels;
    }

    private Object niceSkills(String cell) {
        Set<String> skills = new LinkedHashSet<>();
        list(cell).forEach(s -> skills.add(vocabulary.resolve(s).orElseThrow().value()));
        return skills;
    }

    /** Sets the skills to {@code value}: a skill already held keeps its evidence source, a new one is DECLARED. */
    @SuppressWarnings("unchecked")
    private static void writeSkills(GraduateProfile g, Object value) {
        Map<String, Integer> target = (Map<String, Integer>) value;
        Map<String, SkillSource> sources = new HashMap<>();
        g.getSkills().forEach(s -> sources.put(s.getSkillId(), s.getSource()));
        sources.keySet().stream().filter(id -> !target.containsKey(id)).toList().forEach(g::removeSkill);
        target.forEach((id, level) -> g.putSkill(id, level, sources.getOrDefault(id, SkillSource.DECLARED)));
    }

    private static Object languageLevels(GraduateProfile g) {
        Map<String, Cefr> levels = new LinkedHashMap<>();
        g.getLanguages().forEach(l -> levels.put(l.getCode(), l.getLevel()));
        return levels;
    }

    private static Object languageLevels(String cell) {
        Map<String, Cefr> levels = new LinkedHashMap<>();
        for (String part : list(cell)) {
            String[] p = part.split(":", 2);
            levels.put(p[0].strip().toLowerCase(Locale.ROOT), Cefr.parse(p[1].strip()));
        }
        return levels;
    }

    @SuppressWarnings("unchecked")
    private static void writeLanguages(GraduateProfile g, Object value) {
        g.replaceLanguages(((Map<String, Cefr>) value).entrySet().stream().map(e -> new SpokenLanguage(e.getKey(), e.getValue())).toList());
    }

    private static Object requiredLevels(Listing l) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        l.getRequiredSkills().forEach(r -> levels.put(r.getSkillId(), r.getMinLevel()));
        return levels;
    }

    @SuppressWarnings("unchecked")
    private static void writeRequired(Listing l, Object value) {
        l.replaceRequiredSkills(((Map<String, Integer>) value).entrySet().stream().map(e -> new RequiredSkill(e.getKey(), e.getValue()))
                .toList());
    }

    private static void writeStatus(Listing l, Object value) {
        if ("OPEN".equals(value)) {
            l.open();
        } else if ("CLOSED".equals(value)) {
            l.close();
        }
    }

    /** The stored entries with the cell's added or updated: a merge never removes. */
    @SuppressWarnings("unchecked")
    private static Object mergeMaps(Object current, Object parsed) {
        Map<Object, Object> merged = new LinkedHashMap<>((Map<Object, Object>) current);
        merged.putAll((Map<Object, Object>) parsed);
        return merged;
    }
}
