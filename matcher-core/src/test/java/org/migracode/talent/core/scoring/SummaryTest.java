package org.migracode.talent.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.core.scoring.Profiles.aGraduate;
import static org.migracode.talent.core.scoring.Profiles.aListing;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.SkillSource;

class SummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    @Test
    void groupsSkillsByHowTheyMatchAndNamesLevelShortfalls() {
        ListingProfile l = aListing().requires("react", 4).requires("sql", 3).requires("html", 3).requires("express", 3)
                .language("ca", Cefr.A2).in("Barcelona", RemotePolicy.ONSITE).type(ListingType.INTERNSHIP).build();
        MatchExplanation e = MatchScorer.withDefaults().score(l, aGraduate().withSkill("react", 2)
                .withSkill("html", 4, SkillSource.CURRICULUM).withProject("API", "Queries in SQL")
                .livesIn("Girona", RemotePreference.REMOTE).wants(ListingType.JOB).build(), 0, TODAY);
        assertThat(e.summary(Locale.ENGLISH)).isEqualTo(
                "Matches 3 of 4 required skills (React (level 2 of 4) directly; SQL through portfolio projects; "
                        + "HTML through the curriculum). Missing: Express. Catalan not stated, A2 required. "
                        + "Availability not stated. Location or remote preference fits only partly. "
                        + "Looks for another type of listing.");
        assertThat(e.summary(Locale.forLanguageTag("es-ES"))).startsWith(
                "Cumple 3 de 4 habilidades requeridas (React (nivel 2 de 4) directamente; SQL en proyectos del portafolio; "
                        + "HTML por el currículo). Falta: Express. Catalán no indicado, se pide A2.");
    }

    @Test
    void unknownLocalesFallBackToEnglish() {
        MatchExplanation e = MatchScorer.withDefaults().score(aListing().build(), aGraduate().availableFrom(TODAY).build(), 0, TODAY);
        assertThat(e.summary(Locale.JAPANESE)).isEqualTo("The listing names no required skills. Available now.");
        assertThat(e.summary(null)).isEqualTo(e.summary(Locale.ENGLISH));
    }
}
