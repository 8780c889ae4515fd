package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
import org.migracode.talent.core.scoring.MatchScorer;
import org.migracode.talent.core.taxonomy.SkillId;

class MatchProfileCodecTests {

    private static final SkillId REACT = SkillId.of("react");
    private static final SkillId CSS = SkillId.of("css");

    @Test
    void aCandidateRoundTripsToTheSameScore() {
        CandidateProfile candidate = new CandidateProfile("c1",
                List.of(new CandidateSkill(REACT, 4, SkillSource.DECLARED), new CandidateSkill(CSS, 3, SkillSource.MENTIONED)),
                List.of(new PortfolioProject("Recipe\u001F finder\u001E", "", Set.of(REACT, SkillId.of("jest")))),
                List.of(new LanguageLevel("en", Cefr.B2)), "L'Hospitalet de Llobregat", RemotePreference.HYBRID,
                LocalDate.of(2027, 1, 15), Set.of(ListingType.JOB));
        ListingProfile listing = new ListingProfile("l1", "Frontend\u001D dev", "ignored", ListingType.JOB,
                List.of(new RequiredSkill(REACT, 3), new RequiredSkill(CSS, 3)), List.of(SkillId.of("jest")),
                List.of(new LanguageRequirement("en", Cefr.B2)), "Barcelona", RemotePolicy.HYBRID, LocalDate.of(2027, 2, 1));

        CandidateProfile candidateBack = MatchProfileCodec.decodeCandidate(MatchProfileCodec.encode(candidate));
        ListingProfile listingBack = MatchProfileCodec.decodeListing(MatchProfileCodec.encode(listing));

        assertThat(candidateBack.skills()).isEqualTo(candidate.skills());
        assertThat(candidateBack.projects().get(0).technologies()).isEqualTo(candidate.projects().get(0).technologies());
        assertThat(candidateBack.languages()).isEqualTo(candidate.languages());
        assertThat(candidateBack.city()).isEqualTo(candidate.city());
        assertThat(candidateBack.availableFrom()).isEqualTo(candidate.availableFrom());
        assertThat(listingBack.required()).isEqualTo(listing.required());
        assertThat(listingBack.title()).isEqualTo("Frontend  dev");
        MatchScorer scorer = MatchScorer.withDefaults();
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(scorer.quickScore(listingBack, candidateBack, 0.5, today))
                .isEqualTo(scorer.quickScore(listing, candidate, 0.5, today));
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> MatchProfileCodec.decodeCandidate("not a profile"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m1");
    }
}
