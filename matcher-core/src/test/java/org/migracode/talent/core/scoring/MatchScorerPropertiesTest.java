package org.migracode.talent.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
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

/** Invariants of the scorer over random listings and graduates drawn from a web-skills vocabulary. */
class MatchScorerPropertiesTest {

    private static final MatchScorer SCORER = MatchScorer.withDefaults();
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private static final List<String> SKILLS = List.of("html", "css", "javascript", "typescript", "react", "nextjs",
            "redux", "nodejs", "express", "sql", "postgresql", "mysql", "mongodb", "docker", "git", "jest", "python",
            "java", "spring-boot", "tailwind", "sass", "figma", "agile");
    private static final List<String> LANGS = List.of("en", "es", "ca", "fr");
    private static final List<String> CITIES = List.of("Barcelona", "barcelona", "Girona", "Badalona");

    private static Arbitrary<SkillId> skill() {
        return Arbitraries.of(SKILLS).map(SkillId::of);
    }

    @Provide
    Arbitrary<ListingProfile> listings() {
        Arbitrary<List<RequiredSkill>> req = Combinators.combine(skill(), Arbitraries.integers().between(1, 5))
                .as(RequiredSkill::new).list().ofMaxSize(5);
        Arbitrary<List<SkillId>> nice = skill().list().ofMaxSize(3);
        Arbitrary<List<LanguageRequirement>> langs = Combinators.combine(Arbitraries.of(LANGS), Arbitraries.of(Cefr.class))
                .as(LanguageRequirement::new).list().ofMaxSize(2);
        Arbitrary<LocalDate> start = Arbitraries.integers().between(-30, 120).map(TODAY::plusDays).injectNull(0.3);
        return Combinators.combine(req, nice, langs, Arbitraries.of(CITIES).injectNull(0.2),
                        Arbitraries.of(RemotePolicy.class).injectNull(0.2), start, Arbitraries.of(ListingType.class))
                .as((r, n, l, city, remote, s, type) -> new ListingProfile("L", "t", "d", type, r, n, l, city, remote, s));
    }

    @Provide
    Arbitrary<CandidateProfile> candidates() {
        Arbitrary<List<CandidateSkill>> skills = Combinators.combine(skill(), Arbitraries.integers().between(1, 5),
                Arbitraries.of(SkillSource.class)).as(CandidateSkill::new).list().ofMaxSize(8);
        Arbitrary<List<PortfolioProject>> projects = Combinators.combine(Arbitraries.of("Shop", "Blog"),
                        Arbitraries.of("", "Built with Node.js and Express", "Estilos con Sass y pruebas con Jest"),
                        skill().set().ofMaxSize(3))
                .as(PortfolioProject::new).list().ofMaxSize(3);
        Arbitrary<List<LanguageLevel>> langs = Combinators.combine(Arbitraries.of(LANGS), Arbitraries.of(Cefr.class))
                .as(LanguageLevel::new).list().ofMaxSize(3);
        Arbitrary<LocalDate> available = Arbitraries.integers().between(-30, 200).map(TODAY::plusDays).injectNull(0.2);
        Arbitrary<Set<ListingType>> wanted = Arbitraries.of(ListingType.class).set().ofMaxSize(2);
        return Combinators.combine(skills, projects, langs, Arbitraries.of(CITIES).injectNull(0.2),
                        Arbitraries.of(RemotePreference.class).injectNull(0.2), available, wanted)
                .as((s, p, l, city, remote, a, w) -> new CandidateProfile("C", s, p, l, city, remote, a, w));
    }

    @Property(tries = 300)
    void scoreIsWithinZeroAndOneHundredAndContributionsAddUp(@ForAll("listings") ListingProfile l,
            @ForAll("candidates") CandidateProfile c, @ForAll @DoubleRange(min = 0, max = 1) double rel) {
        MatchExplanation e = SCORER.score(l, c, rel, TODAY);
        assertThat(e.score()).isBetween(0.0, 100.0);
        double sum = e.components().stream().mapToDouble(ScoreComponent::contribution).sum();
        assertThat(Math.abs(sum - e.score())).isLessThanOrEqualTo(1e-9);
        assertThat(e.components()).extracting(ScoreComponent::name).containsExactly(ComponentName.values());
    }

    @Property(tries = 300)
    void quickScoreEqualsTheExplainedScoreExactly(@ForAll("listings") ListingProfile l,
            @ForAll("candidates") CandidateProfile c, @ForAll @DoubleRange(min = 0, max = 1) double rel) {
        assertThat(SCORER.quickScore(l, c, rel, TODAY)).isEqualTo(SCORER.score(l, c, rel, TODAY).score());
    }

    @Property(tries = 300)
    void addingASkillNeverLowersTheScore(@ForAll("listings") ListingProfile l, @ForAll("candidates") CandidateProfile c,
            @ForAll("skillToAdd") CandidateSkill extra) {
        List<CandidateSkill> more = new ArrayList<>(c.skills());
        more.add(extra);
        CandidateProfile richer = new CandidateProfile(c.id(), more, c.projects(), c.languages(), c.city(), c.remote(),
                c.availableFrom(), c.wantedTypes());
        assertThat(SCORER.quickScore(l, richer, 0.3, TODAY)).isGreaterThanOrEqualTo(SCORER.quickScore(l, c, 0.3, TODAY));
    }

    @Provide
    Arbitrary<CandidateSkill> skillToAdd() {
        return Combinators.combine(skill(), Arbitraries.integers().between(1, 5), Arbitraries.of(SkillSource.class))
                .as(CandidateSkill::new);
    }

    @Property(tries = 300)
    void raisingALanguageLevelNeverLowersTheScore(@ForAll("listings") ListingProfile l,
            @ForAll("candidates") CandidateProfile c, @ForAll("languageCodes") String code) {
        List<LanguageLevel> raised = new ArrayList<>();
        boolean found = false;
        for (LanguageLevel ll : c.languages()) {
            if (ll.isoCode().equals(code) && ll.level() != Cefr.C2) {
                raised.add(new LanguageLevel(code, Cefr.values()[ll.level().ordinal() + 1]));
                found = true;
            } else {
                raised.add(ll);
            }
        }
        if (!found) {
            raised.add(new LanguageLevel(code, Cefr.A1));
        }
        CandidateProfile better = new CandidateProfile(c.id(), c.skills(), c.projects(), raised, c.city(), c.remote(),
                c.availableFrom(), c.wantedTypes());
        assertThat(SCORER.quickScore(l, better, 0.3, TODAY)).isGreaterThanOrEqualTo(SCORER.quickScore(l, c, 0.3, TODAY));
    }

    @Provide
    Arbitrary<String> languageCodes() {
        return Arbitraries.of(LANGS);
    }

    @Property(tries = 300)
    void scoreDoesNotDependOnTheOrderOfSkillsLanguagesOrProjects(@ForAll("listings") ListingProfile l,
            @ForAll("candidates") CandidateProfile c, @ForAll long seed) {
        Random random = new Random(seed);
        List<CandidateSkill> skills = new ArrayList<>(c.skills());
        List<PortfolioProject> projects = new ArrayList<>(c.projects());
        List<LanguageLevel> languages = new ArrayList<>(c.languages());
        Collections.shuffle(skills, random);
        Collections.shuffle(projects, random);
        Collections.shuffle(languages, random);
        CandidateProfile shuffled = new CandidateProfile(c.id(), skills, projects, languages, c.city(), c.remote(),
                c.availableFrom(), c.wantedTypes().isEmpty() ? EnumSet.noneOf(ListingType.class) : EnumSet.copyOf(c.wantedTypes()));
        MatchExplanation a = SCORER.score(l, c, 0.4, TODAY);
        MatchExplanation b = SCORER.score(l, shuffled, 0.4, TODAY);
        assertThat(b.score()).isEqualTo(a.score());
        assertThat(b.matchedSkills()).isEqualTo(a.matchedSkills());
    }
}
