package org.migracode.talent.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Reproduces the example worked by hand in docs/matching.md, "A worked example". */
class WorkedExampleTest {

    /** Sum of the weights of the components with input: all but SKILLS_IN_TEXT (0.30). */
    private static final double ACTIVE = 0.70;


    static final LocalDate START = LocalDate.of(2026, 3, 1);

    static ListingProfile listing() {
        return aListing().requires("react", 3).requires("javascript", 3).requires("css", 3).requires("typescript", 2)
                .niceToHave("jest").niceToHave("git")
                .language("en", Cefr.B2).language("es", Cefr.B1)
                .in("Barcelona", RemotePolicy.HYBRID).starting(START).type(ListingType.JOB).build();
    }

    static CandidateProfile candidate() {
        return aGraduate().withSkill("react", 4).withSkill("css", 3).withSkill("html", 4, SkillSource.CURRICULUM)
                .withProject("Recipe finder", "Search recipes by ingredient", "react", "jest")
                .speaks("en", Cefr.B2).speaks("es", Cefr.A2)
                .livesIn("barcelona", RemotePreference.ANY).availableFrom(START.plusDays(12))
                .wants(ListingType.JOB).build();
    }

    @Test
    void everyComponentValueContributionAndTheTotalAreAsWorkedByHand() {
        MatchExplanation e = MatchScorer.withDefaults().score(listing(), candidate(), 0.5, START.minusDays(30));

        assertThat(e.component(ComponentName.REQUIRED_SKILLS).value()).isCloseTo(0.4225, within(1e-12));
        assertThat(e.component(ComponentName.NICE_TO_HAVE).value()).isCloseTo(0.5, within(1e-12));
        assertThat(e.component(ComponentName.PORTFOLIO).value()).isCloseTo(0.4, within(1e-12));
        assertThat(e.component(ComponentName.TEXT_RELEVANCE).value()).isCloseTo(0.5, within(1e-12));
        assertThat(e.component(ComponentName.LANGUAGES).value()).isCloseTo(0.75, within(1e-12));
        assertThat(e.component(ComponentName.LOCATION).value()).isCloseTo(1.0, within(1e-12));
        assertThat(e.component(ComponentName.AVAILABILITY).value()).isCloseTo(1 - 12 / 90.0, within(1e-12));
        assertThat(e.component(ComponentName.TYPE).value()).isCloseTo(1.0, within(1e-12));

        assertThat(e.component(ComponentName.REQUIRED_SKILLS).contribution()).isCloseTo(100 * 0.12 * 0.4225 / ACTIVE, within(1e-9));
        assertThat(e.component(ComponentName.NICE_TO_HAVE).contribution()).isCloseTo(100 * 0.03 * 0.5 / ACTIVE, within(1e-9));
        assertThat(e.component(ComponentName.PORTFOLIO).contribution()).isCloseTo(100 * 0.05 * 0.4 / ACTIVE, within(1e-9));
        assertThat(e.component(ComponentName.TEXT_RELEVANCE).contribution()).isCloseTo(100 * 0.30 * 0.5 / ACTIVE, within(1e-9));
        assertThat(e.component(ComponentName.LANGUAGES).contribution()).isCloseTo(100 * 0.10 * 0.75 / ACTIVE, within(1e-9));
        assertThat(e.component(ComponentName.LOCATION).contribution()).isCloseTo(100 * 0.05 / ACTIVE, within(1e-9));
        assertThat(e.component(ComponentName.AVAILABILITY).contribution()).isCloseTo(100 * 0.025 * (1 - 12 / 90.0) / ACTIVE, within(1e-9));
        assertThat(e.component(ComponentName.TYPE).contribution()).isCloseTo(100 * 0.025 / ACTIVE, within(1e-9));

        // no skills channel was given: it adds nothing and takes no weight
        assertThat(e.component(ComponentName.SKILLS_IN_TEXT).weight()).isZero();
        assertThat(e.component(ComponentName.SKILLS_IN_TEXT).contribution()).isZero();
        assertThat(e.score()).isCloseTo(58.1952380952, within(1e-9));
        assertThat(e.matchedSkills()).containsExactly(
                new SkillMatch(id("react"), id("react"), MatchKind.DIRECT, 4, 1.0),
                new SkillMatch(id("javascript"), id("react"), MatchKind.IMPLIED, 4, 0.6),
                new SkillMatch(id("css"), id("css"), MatchKind.DIRECT, 3, 1.0));
        assertThat(e.missingRequired()).containsExactly(id("typescript"));
        assertThat(e.languageGaps()).containsExactly(new LanguageGap("es", Cefr.B1, Cefr.A2));
        assertThat(e.availabilityGapDays()).isEqualTo(12);
        assertThat(e.modelVersion()).isEqualTo("matcher-5/taxonomy-" + org.migracode.talent.core.taxonomy.SkillTaxonomy.bundled().version());
    }

    @Test
    void theSummaryReadsAloudInEnglishSpanishAndCatalan() {
        MatchExplanation e = MatchScorer.withDefaults().score(listing(), candidate(), 0.5, START);
        assertThat(e.summary(Locale.ENGLISH)).isEqualTo(
                "Matches 3 of 4 required skills (React, CSS directly; JavaScript implied by React). Missing: TypeScript. "
                        + "English B2 meets B2; Spanish A2, B1 required. Available 12 days after the start date.");
        assertThat(e.summary(Locale.forLanguageTag("es"))).isEqualTo(
                "Cumple 3 de 4 habilidades requeridas (React, CSS directamente; JavaScript implícita por React). "
                        + "Falta: TypeScript. Inglés B2 cumple B2; español A2, se pide B1. "
                        + "Disponible 12 días después de la fecha de inicio.");
        assertThat(e.summary(Locale.forLanguageTag("ca"))).isEqualTo(
                "Compleix 3 de 4 habilitats requerides (React, CSS directament; JavaScript implícita per React). "
                        + "Falta: TypeScript. Anglès B2 compleix B2; castellà A2, es demana B1. "
                        + "Disponible 12 dies després de la data d'inici.");
    }
}
