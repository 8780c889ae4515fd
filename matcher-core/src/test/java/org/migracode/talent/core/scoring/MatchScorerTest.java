package org.migracode.talent.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.migracode.talent.core.scoring.Profiles.aGraduate;
import static org.migracode.talent.core.scoring.Profiles.aListing;
import static org.migracode.talent.core.scoring.Profiles.id;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.SkillSource;

class MatchScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private final MatchScorer scorer = MatchScorer.withDefaults();

    private double value(ListingProfile l, CandidateProfile c, ComponentName name) {
        return scorer.score(l, c, 0.5, TODAY).component(name).value();
    }

    @Test
    void directSkillAtOrAboveMinimumLevelGivesFullCredit() {
        ListingProfile l = aListing().requires("react", 3).build();
        assertThat(value(l, aGraduate().withSkill("react", 3).build(), ComponentName.REQUIRED_SKILLS)).isEqualTo(1.0);
        assertThat(value(l, aGraduate().withSkill("react", 5).build(), ComponentName.REQUIRED_SKILLS)).isEqualTo(1.0);
    }

    @Test
    void directSkillBelowMinimumGetsTheLevelRatioSquared() {
        ListingProfile l = aListing().requires("react", 4).build();
        assertThat(value(l, aGraduate().withSkill("react", 2).build(), ComponentName.REQUIRED_SKILLS)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void impliedSkillGivesPartialCredit() {
        ListingProfile l = aListing().requires("javascript", 3).build();
        MatchExplanation e = scorer.score(l, aGraduate().withSkill("react", 3).build(), 0, TODAY);
        assertThat(e.component(ComponentName.REQUIRED_SKILLS).value()).isCloseTo(0.36, within(1e-12));
        assertThat(e.matchedSkills()).containsExactly(new SkillMatch(id("javascript"), id("react"), MatchKind.IMPLIED, 3, 0.6));
    }

    @Test
    void aMoreGeneralSkillDoesNotImplyTheSpecificOne() {
        ListingProfile l = aListing().requires("react", 3).build();
        assertThat(value(l, aGraduate().withSkill("javascript", 5).build(), ComponentName.REQUIRED_SKILLS)).isZero();
    }

    @Test
    void portfolioAndCurriculumCountAsEvidenceWithTheirKind() {
        ListingProfile l = aListing().requires("sql", 3).requires("html", 3).build();
        CandidateProfile c = aGraduate().withSkill("html", 3, SkillSource.CURRICULUM)
                .withProject("Food bank", "Queries written in SQL").build();
        MatchExplanation e = scorer.score(l, c, 0, TODAY);
        assertThat(e.matchedSkills()).extracting(SkillMatch::kind).containsExactly(MatchKind.PORTFOLIO, MatchKind.CURRICULUM);
        assertThat(e.component(ComponentName.REQUIRED_SKILLS).value()).isEqualTo(1.0);
    }

    @Test
    void missingOneOfThreeRequiredSkillsCostsMoreThanLinear() {
        ListingProfile l = aListing().requires("react", 3).requires("css", 3).requires("sql", 3).build();
        double v = value(l, aGraduate().withSkill("react", 3).withSkill("css", 3).build(), ComponentName.REQUIRED_SKILLS);
        assertThat(v).isCloseTo(4.0 / 9, within(1e-12)).isLessThan(2.0 / 3);
    }

    @Test
    void listingWithoutSkillsOrLanguagesIsNeutralNotZero() {
        ListingProfile l = aListing().build();
        CandidateProfile nobody = aGraduate().build();
        MatchExplanation e = scorer.score(l, nobody, 0, TODAY);
        assertThat(e.component(ComponentName.REQUIRED_SKILLS).value()).isEqualTo(1.0);
        assertThat(e.component(ComponentName.NICE_TO_HAVE).value()).isEqualTo(1.0);
        assertThat(e.component(ComponentName.PORTFOLIO).value()).isEqualTo(1.0);
        assertThat(e.component(ComponentName.LANGUAGES).value()).isEqualTo(1.0);
        assertThat(e.summary(Locale.ENGLISH)).startsWith("The listing names no required skills.");
    }

    @Test
    void portfolioCountsProjectTechnologiesAndProjectText() {
        ListingProfile l = aListing().requires("react", 3).requires("nodejs", 3).requires("docker", 3).build();
        CandidateProfile c = aGraduate().withProject("Shop", "Backend in Node.js", "react").build();
        assertThat(value(l, c, ComponentName.PORTFOLIO)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void languagesUseCefrDistance() {
        ListingProfile l = aListing().language("en", Cefr.B2).build();
        assertThat(value(l, aGraduate().speaks("en", Cefr.C1).build(), ComponentName.LANGUAGES)).isEqualTo(1.0);
        assertThat(value(l, aGraduate().speaks("en", Cefr.B1).build(), ComponentName.LANGUAGES)).isEqualTo(0.5);
        assertThat(value(l, aGraduate().speaks("en", Cefr.A2).build(), ComponentName.LANGUAGES)).isEqualTo(0.2);
        assertThat(value(l, aGraduate().speaks("en", Cefr.A1).build(), ComponentName.LANGUAGES)).isZero();
        assertThat(value(l, aGraduate().speaks("es", Cefr.C2).build(), ComponentName.LANGUAGES)).isZero();
    }

    @Test
    void locationComparesCitiesWithoutCaseOrAccentsAndWeighsRemotePolicy() {
        ListingProfile hybrid = aListing().in("Barcelona", RemotePolicy.HYBRID).build();
        assertThat(value(hybrid, aGraduate().livesIn("  barcelona, Spain", RemotePreference.ANY).build(), ComponentName.LOCATION)).isEqualTo(1.0);
        assertThat(value(aListing().in("Lleida", RemotePolicy.ONSITE).build(),
                aGraduate().livesIn("LLÉIDA", RemotePreference.ONSITE).build(), ComponentName.LOCATION)).isEqualTo(1.0);
        assertThat(value(hybrid, aGraduate().livesIn("Girona", RemotePreference.ANY).build(), ComponentName.LOCATION)).isEqualTo(0.4);
        assertThat(value(hybrid, aGraduate().livesIn(null, RemotePreference.REMOTE).build(), ComponentName.LOCATION)).isEqualTo(0.375);
        ListingProfile remote = aListing().in("Madrid", RemotePolicy.REMOTE).build();
        assertThat(value(remote, aGraduate().livesIn("Barcelona", RemotePreference.REMOTE).build(), ComponentName.LOCATION)).isEqualTo(1.0);
    }

    @Test
    void availabilityDecaysToZeroAtNinetyDaysLate() {
        LocalDate start = LocalDate.of(2026, 2, 1);
        ListingProfile l = aListing().starting(start).build();
        assertThat(value(l, aGraduate().availableFrom(start.minusDays(5)).build(), ComponentName.AVAILABILITY)).isEqualTo(1.0);
        assertThat(value(l, aGraduate().availableFrom(start.plusDays(45)).build(), ComponentName.AVAILABILITY)).isEqualTo(0.5);
        assertThat(value(l, aGraduate().availableFrom(start.plusDays(200)).build(), ComponentName.AVAILABILITY)).isZero();
        assertThat(value(l, aGraduate().build(), ComponentName.AVAILABILITY)).isEqualTo(AvailabilityScorer.UNKNOWN);
    }

    @Test
    void withoutStartDateAvailabilityIsMeasuredFromToday() {
        ListingProfile l = aListing().build();
        MatchExplanation e = scorer.score(l, aGraduate().availableFrom(TODAY.plusDays(9)).build(), 0, TODAY);
        assertThat(e.component(ComponentName.AVAILABILITY).value()).isCloseTo(0.9, within(1e-12));
        assertThat(e.summary(Locale.ENGLISH)).contains("Available in 9 days.");
    }

    @Test
    void typeMatchesWantedTypesOrAnyWhenNoneStated() {
        ListingProfile internship = aListing().type(ListingType.INTERNSHIP).build();
        assertThat(value(internship, aGraduate().build(), ComponentName.TYPE)).isEqualTo(1.0);
        assertThat(value(internship, aGraduate().wants(ListingType.INTERNSHIP, ListingType.JOB).build(), ComponentName.TYPE)).isEqualTo(1.0);
        assertThat(value(internship, aGraduate().wants(ListingType.JOB).build(), ComponentName.TYPE)).isZero();
    }

    @Test
    void textRelevanceMustBeWithinZeroAndOne() {
        assertThatThrownBy(() -> scorer.quickScore(aListing().build(), aGraduate().build(), 1.2, TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("text relevance must be in [0, 1], got 1.2");
        assertThatThrownBy(() -> scorer.score(aListing().build(), aGraduate().build(), Double.NaN, TODAY))
                .hasMessage("text relevance must be in [0, 1], got NaN");
    }

    @Test
    void aPerfectCandidateScoresOneHundredAndAnEmptyOneMuchLess() {
        ListingProfile l = aListing().requires("react", 3).niceToHave("jest").language("en", Cefr.B1).build();
        CandidateProfile perfect = aGraduate().withSkill("react", 4).withSkill("jest", 2)
                .withProject("App", "", "react").speaks("en", Cefr.B2).availableFrom(TODAY).build();
        assertThat(scorer.quickScore(l, perfect, 1.0, TODAY)).isCloseTo(100.0, within(1e-9));
        assertThat(scorer.quickScore(l, aGraduate().build(), 0, TODAY)).isLessThan(30);
    }

    @Test
    void weightsChangeTheBalance() {
        ListingProfile l = aListing().requires("react", 3).build();
        CandidateProfile c = aGraduate().withSkill("react", 3).build();
        MatchScorer onlySkills = new MatchScorer(org.migracode.talent.core.taxonomy.SkillTaxonomy.bundled(),
                new MatchWeights(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(onlySkills.quickScore(l, c, 0, TODAY)).isEqualTo(100.0);
        assertThat(onlySkills.quickScore(l, aGraduate().build(), 1, TODAY)).isZero();
    }
}
