package org.migracode.talent.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.taxonomy.SkillId;

class ProfileRecordsTest {

    private static final SkillId REACT = SkillId.of("react");

    @Test
    void requiredSkillLevelMustBeOneToFive() {
        assertThatThrownBy(() -> new RequiredSkill(REACT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minimum level must be between 1 and 5, got 0");
        assertThatThrownBy(() -> new RequiredSkill(REACT, 6)).hasMessage("minimum level must be between 1 and 5, got 6");
        assertThat(RequiredSkill.of(REACT).minLevel()).isEqualTo(RequiredSkill.DEFAULT_MIN_LEVEL);
    }

    @Test
    void candidateSkillWithoutLevelGetsTheDocumentedDefault() {
        assertThat(CandidateSkill.withoutLevel(REACT, null)).isEqualTo(new CandidateSkill(REACT, 3, SkillSource.DECLARED));
        assertThatThrownBy(() -> new CandidateSkill(REACT, 9, SkillSource.DECLARED))
                .hasMessage("skill level must be between 1 and 5, got 9");
    }

    @Test
    void languageCodesAreTwoLettersStoredLowercase() {
        assertThat(new LanguageRequirement(" EN ", Cefr.B2).isoCode()).isEqualTo("en");
        assertThatThrownBy(() -> new LanguageLevel("eng1", Cefr.B2))
                .hasMessage("language code must be a two-letter ISO 639-1 code, got 'eng1'");
    }

    @Test
    void listingToleratesMissingFieldsAndMergesDuplicateRequirements() {
        ListingProfile l = new ListingProfile("L1", null, null, null,
                List.of(new RequiredSkill(REACT, 2), new RequiredSkill(REACT, 4)), List.of(REACT, SkillId.of("jest")),
                null, null, null, null);
        assertThat(l.title()).isEmpty();
        assertThat(l.type()).isEqualTo(ListingType.JOB);
        assertThat(l.required()).containsExactly(new RequiredSkill(REACT, 4));
        assertThat(l.niceToHave()).containsExactly(SkillId.of("jest"));
        assertThat(l.languages()).isEmpty();
        assertThatThrownBy(() -> new ListingProfile(" ", "", "", null, null, null, null, null, null, null))
                .hasMessage("listing id must not be blank");
    }

    @Test
    void candidateToleratesMissingFieldsAndRefusesNullElements() {
        CandidateProfile c = new CandidateProfile("C1", null, null, null, null, null, null, null);
        assertThat(c.skills()).isEmpty();
        assertThat(c.wantedTypes()).isEmpty();
        List<CandidateSkill> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new CandidateProfile("C1", withNull, null, null, null, null, null, null))
                .hasMessage("skills must not contain null");
    }
}
