package org.migracode.talent.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The scorer cannot use what it never sees: the profile records carry no protected attribute.
 * Component names are split into camel-case words and each word is compared with the deny-list.
 */
class ProtectedAttributesTest {

    private static final List<String> DENY = List.of("nationality", "country", "origin", "status", "asylum",
            "residence", "religion", "health", "disability", "gender", "sex", "age", "birth", "family", "photo",
            "ethnicity");

    @Test
    void candidateProfileHasNoProtectedFields() {
        assertNoProtectedComponents(CandidateProfile.class);
    }

    @Test
    void everyRecordTheScorerReadsHasNoProtectedFields() {
        for (Class<?> c : List.of(CandidateSkill.class, PortfolioProject.class, LanguageLevel.class,
                ListingProfile.class, RequiredSkill.class, LanguageRequirement.class)) {
            assertNoProtectedComponents(c);
        }
    }

    @Test
    void theDenyListWouldCatchAProtectedField() {
        record Bad(String id, String countryOfOrigin, int age, String languages, String dateOfBirth) {
        }
        assertThat(protectedComponents(Bad.class)).containsExactly("countryOfOrigin", "age", "dateOfBirth");
    }

    private static void assertNoProtectedComponents(Class<?> type) {
        assertThat(type.isRecord()).isTrue();
        assertThat(protectedComponents(type)).as(type.getSimpleName()).isEmpty();
    }

    private static List<String> protectedComponents(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> Arrays.stream(n.split("(?=\\p{Upper})|_"))
                        .map(w -> w.toLowerCase(Locale.ROOT))
                        .anyMatch(w -> DENY.contains(w) || DENY.contains(w.replaceAll("s$", ""))))
                .toList();
    }
}
