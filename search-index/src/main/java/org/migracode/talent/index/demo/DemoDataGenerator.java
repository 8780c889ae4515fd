package org.migracode.talent.index.demo;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.index.demo.DemoRecords.Account;
import org.migracode.talent.index.demo.DemoRecords.Cohort;
import org.migracode.talent.index.demo.DemoRecords.Company;
import org.migracode.talent.index.demo.DemoRecords.Graduate;
import org.migracode.talent.index.demo.DemoRecords.Language;
import org.migracode.talent.index.demo.DemoRecords.Listing;
import org.migracode.talent.index.demo.DemoRecords.Project;
import org.migracode.talent.index.demo.DemoRecords.RequiredSkill;
import org.migracode.talent.index.demo.DemoRecords.Skill;

/**
 * Deterministic demo data: the same seed, sizes and reference date always give the same
 * companies, cohorts, graduates, listings and accounts, to the byte. Graduates are generated one
 * at a time from {@code (seed, index)}, so a million of them stream through constant memory.
 *
 * <p>The reference date anchors every date (cohorts end before it, listings start after it), so
 * the demo looks current whenever it is first loaded.
 */
public final class DemoDataGenerator {

    private final long seed;
    private final DemoSizes sizes;
    private final LocalDate referenceDate;
    private final List<Company> companies;
    private final List<Cohort> cohorts;
    private final DemoDuplicates duplicates;

    public DemoDataGenerator(long seed, DemoSizes sizes, LocalDate referenceDate) {
        this.seed = seed;
        this.sizes = sizes;
        this.referenceDate = referenceDate;
        this.companies = buildCompanies();
        this.cohorts = buildCohorts();
        this.duplicates = new DemoDuplicates(sizes);
    }

    public DemoSizes sizes() {
        return sizes;
    }

    /** The date every generated date is anchored to. */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    long seed() {
        return seed;
    }

    public List<Company> companies() {
        return companies;
    }

    public List<Cohort> cohorts() {
        return cohorts;
    }

    /** Deterministic id of the {@code kind}'s {@code index}-th item. */
    UUID id(String kind, int index) {
        return UUID.nameUUIDFromBytes((seed + "/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8));
    }

    private Random random(String kind, int index) {
        return new Random(new SplittableRandom(seed ^ (kind.hashCode() * 0x9E3779B97F4A7C15L) ^ index * 0xBF58476D1CE4E5B9L).nextLong());
    }

    // --- companies ------------------------------------------------------------------------------

    private List<Company> buildCompanies() {
        List<Company> list = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Random r = random("company", 0);
        int i = 0;
        while (list.size() < sizes.companies()) {
            String name = pick(r, DemoVocabulary.COMPANY_FIRST) + " " + pick(r, DemoVocabulary.COMPANY_SECOND);
            if (!names.add(name)) {
                name = name + " " + (names.size() + 1);
                names.add(name);
            }
            String sector = pick(r, DemoVocabulary.SECTORS);
            String slug = slug(name);
            list.add(new Company(id("company", i), name, pick(r, DemoVocabulary.CITIES), "https://" + slug + ".example",
                    name + " builds " + sector + " in the Barcelona area."));
            i++;
        }
        return List.copyOf(list);
    }

    // --- cohorts --------------------------------------------------------------------------------

    /** Cohorts every six months, the newest graduating about a month before the reference date. */
    private List<Cohort> buildCohorts() {
        List<Cohort> list = new ArrayList<>();
        LocalDate newestGraduation = referenceDate.minusMonths(1).withDayOfMonth(15);
        for (int i = 0; i < sizes.cohorts(); i++) {
            LocalDate graduation = newestGraduation.minusMonths(6L * (sizes.cohorts() - 1 - i));
            LocalDate start = graduation.minusMonths(7);
            String season = graduation.getMonthValue() <= 6 ? "Spring" : "Autumn";
            List<String> modules = new ArrayList<>(DemoVocabulary.CORE_MODULES);
            if (i % 2 == 1) {
                modules.add("typescript");
            }
            list.add(new Cohort(id("cohort", i), "Barcelona " + graduation.getYear() + " " + season, "Migracode Barcelona",
                    "Barcelona", start, graduation, List.copyOf(modules)));
        }
        return List.copyOf(list);
    }

    // --- graduates ------------------------------------------------------------------------------

    /** The few people recorded twice on purpose (the duplicates queue's demo). */
    DemoDuplicates duplicates() {
        return duplicates;
    }

    /**
     * The {@code index}-th graduate, 0 ≤ index &lt; sizes().graduates(); a few of them are one person
     * recorded twice ({@link DemoDuplicates}).
     */
    public Graduate graduate(int index) {
        return duplicates.adjust(index, generated(index), this::generated);
    }

    private Graduate generated(int index) {
        Random r = random("graduate", index);
        Cohort cohort = cohorts.get(index % cohorts.size());
        DemoTrack track = weightedTrack(r);
        String first = pick(r, DemoVocabulary.FIRST_NAMES);
        String last = pick(r, DemoVocabulary.LAST_NAMES);
        String name = first + " " + last;

        Map<String, Skill> skills = new LinkedHashMap<>();
        for (String module : cohort.modules()) {
            int level = 2 + r.nextInt(2) + (track.strong().contains(module) ? 1 : 0);
            skills.put(module, new Skill(module, Math.min(5, level), SkillSource.CURRICULUM));
        }
        int extraCount = 1 + r.nextInt(4);
        for (int e = 0; e < extraCount; e++) {
            String extra = pick(r, track.extras());
            skills.putIfAbsent(extra, new Skill(extra, 1 + r.nextInt(4), SkillSource.DECLARED));
        }
        if (r.nextInt(10) == 0) {
            String other = pick(r, pick(r, DemoTrack.ALL).extras());
            skills.putIfAbsent(other, new Skill(other, 1 + r.nextInt(2), SkillSource.DECLARED));
        }

        List<Project> projects = new ArrayList<>();
        int projectCount = 1 + r.nextInt(3);
        List<String> known = new ArrayList<>(skills.keySet());
        for (int p = 0; p < projectCount; p++) {
            projects.add(DemoTexts.project(r, track, known, slug(name), p));
        }
        for (Project p : projects) {
            for (String tech : p.technologies()) {
                Skill s = skills.get(tech);
                if (s != null && s.source() == SkillSource.CURRICULUM) {
                    skills.put(tech, new Skill(tech, s.level(), SkillSource.PORTFOLIO));
                }
            }
        }

        List<Language> languages = languages(r);
        String lang = summaryLanguage(r, languages);
        String headline = DemoTexts.headline(r, track, lang);
        String summary = DemoTexts.summary(r, track, new ArrayList<>(skills.keySet()), cohort, lang);
        LocalDate available = cohort.graduationDate().plusDays(r.nextInt(120) - 20L);
        RemotePreference remote = RemotePreference.values()[r.nextInt(RemotePreference.values().length)];
        boolean wantsJob = r.nextInt(10) < 9;
        boolean wantsInternship = !wantsJob || r.nextInt(10) < 6;
        String email = slug(name).replace('-', '.') + "." + index + "@example.org";
        String phone = String.format(Locale.ROOT, "+34 6%02d %03d %03d", r.nextInt(100), r.nextInt(1000), r.nextInt(1000));
        return new Graduate(id("graduate", index), cohort.id(), name, headline, summary, email, phone,
                pick(r, DemoVocabulary.CITIES), remote, available, wantsJob, wantsInternship,
                r.nextInt(100) < 85, r.nextInt(100) < 96, List.copyOf(skills.values()), languages, List.copyOf(projects));
    }

    private DemoTrack weightedTrack(Random r) {
        int x = r.nextInt(100);
        List<DemoTrack> all = DemoTrack.ALL;
        if (x < 30) {
            return all.get(0); // frontend
        } else if (x < 50) {
            return all.get(1); // backend
        } else if (x < 72) {
            return all.get(2); // fullstack
        } else if (x < 82) {
            return all.get(3); // data
        } else if (x < 90) {
            return all.get(4); // qa
        } else if (x < 94) {
            return all.get(5); // php
        } else if (x < 97) {
            return all.get(6); // java
        }
        return all.get(7); // python
    }

    private static List<Language> languages(Random r) {
        Map<String, Cefr> levels = new LinkedHashMap<>();
        int home = r.nextInt(100);
        if (home < 12) {
            levels.put("es", Cefr.C2); // Latin American graduates
        } else {
            levels.put(pick(r, DemoVocabulary.HOME_LANGUAGES), Cefr.C2);
            if (r.nextInt(4) == 0) {
                levels.putIfAbsent(pick(r, DemoVocabulary.HOME_LANGUAGES), Cefr.values()[2 + r.nextInt(4)]);
            }
        }
        levels.putIfAbsent("es", Cefr.values()[1 + r.nextInt(4)]);
        levels.putIfAbsent("en", Cefr.values()[1 + r.nextInt(4)]);
        if (r.nextInt(100) < 40) {
            levels.putIfAbsent("ca", Cefr.values()[r.nextInt(4)]);
        }
        List<Language> list = new ArrayList<>();
        levels.forEach((code, level) -> list.add(new Language(code, level)));
        return List.copyOf(list);
    }

    private static String summaryLanguage(Random r, List<Language> languages) {
        int x = r.nextInt(100);
        if (x < 55) {
            return "en";
        }
        if (x < 90) {
            return "es";
        }
        return languages.stream().anyMatch(l -> l.code().equals("ca") && l.level().compareTo(Cefr.B1) >= 0) ? "ca" : "es";
    }

    // --- listings -------------------------------------------------------------------------------

    public List<Listing> listings() {
        List<Listing> list = new ArrayList<>();
        for (int i = 0; i < sizes.listings(); i++) {
            list.add(listing(i));
        }
        return list;
    }

    Listing listing(int index) {
        Random r = random("listing", index);
        Company company = companies.get(index % companies.size());
        DemoTrack track = DemoTrack.ALL.get(index % 3 == 2 ? r.nextInt(DemoTrack.ALL.size()) : r.nextInt(3));
        ListingType type = index % 3 == 0 ? ListingType.INTERNSHIP : ListingType.JOB;
        int l = r.nextInt(100);
        String lang = l < 60 ? "en" : l < 88 ? "es" : "ca";
        String title = switch (lang) {
            case "es" -> pick(r, track.titlesEs());
            case "ca" -> pick(r, track.titlesCa());
            default -> pick(r, track.titlesEn());
        };
        if (type == ListingType.INTERNSHIP) {
            title = title + switch (lang) {
                case "es" -> " (prácticas)";
                case "ca" -> " (pràctiques)";
                default -> " (internship)";
            };
        }
        List<String> pool = new ArrayList<>(track.required());
        java.util.Collections.shuffle(pool, r);
        int requiredCount = 2 + r.nextInt(3);
        List<RequiredSkill> required = new ArrayList<>();
        for (String s : pool.subList(0, Math.min(requiredCount, pool.size()))) {
            required.add(new RequiredSkill(s, type == ListingType.INTERNSHIP ? 1 + r.nextInt(2) : 2 + r.nextInt(2)));
        }
        List<String> nice = new ArrayList<>();
        for (String s : track.nice()) {
            if (r.nextInt(100) < 45 && required.stream().noneMatch(q -> q.skillId().equals(s))) {
                nice.add(s);
            }
        }
        List<Language> languages = new ArrayList<>();
        languages.add(new Language(lang.equals("en") ? "en" : "es", r.nextBoolean() ? Cefr.B1 : Cefr.B2));
        if (r.nextInt(100) < 35 && !lang.equals("en")) {
            languages.add(new Language("en", Cefr.B1));
        }
        if (lang.equals("ca") && r.nextBoolean()) {
            languages.add(new Language("ca", Cefr.A2));
        }
        String description = DemoTexts.listingDescription(r, track, company, required, nice, type, lang);
        RemotePolicy remote = RemotePolicy.values()[r.nextInt(RemotePolicy.values().length)];
        LocalDate start = referenceDate.plusDays(7 + r.nextInt(110));
        int s = r.nextInt(100);
        String status = s < 80 ? "OPEN" : s < 90 ? "DRAFT" : "CLOSED";
        return new Listing(id("listing", index), company.id(), type, title, description, List.copyOf(required),
                List.copyOf(nice), List.copyOf(languages), company.city(), remote, start, status);
    }

    // --- accounts -------------------------------------------------------------------------------

    /**
     * The demo logins the README lists: an admin, a coach, two recruiters of two different
     * companies, and two graduates linked to the first two graduate profiles.
     */
    public List<Account> accounts() {
        Graduate g0 = graduate(0);
        Graduate g1 = graduate(1);
        return List.of(
                new Account(id("account", 0), "admin", "admin-demo", "Ada Admin", "ADMIN", null, null),
                new Account(id("account", 1), "coach", "coach-demo", "Carla Coach", "COACH", null, null),
                new Account(id("account", 2), "recruiter", "recruiter-demo", "Rita Recruiter (" + companies.get(0).name() + ")",
                        "RECRUITER", companies.get(0).id(), null),
                new Account(id("account", 3), "recruiter2", "recruiter2-demo", "Rafa Recruiter (" + companies.get(1).name() + ")",
                        "RECRUITER", companies.get(1).id(), null),
                new Account(id("account", 4), "graduate", "graduate-demo", g0.displayName(), "GRADUATE", null, g0.id()),
                new Account(id("account", 5), "graduate2", "graduate2-demo", g1.displayName(), "GRADUATE", null, g1.id()));
    }

    // --- helpers --------------------------------------------------------------------------------

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
