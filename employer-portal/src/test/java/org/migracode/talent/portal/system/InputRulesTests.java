package org.migracode.talent.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.Cefr;

/** The shared input rules, and that the listing and the profile (API bodies and forms) use the same ones. */
class InputRulesTests {

    @Test
    void aLanguageIsACodeAndACefrLevelWrittenAsPeopleWriteIt() {
        assertThat(InputRules.languageItem("es: B2")).contains(new InputRules.LanguageItem("es", Cefr.B2));
        assertThat(InputRules.languageItem("  en C1 ")).contains(new InputRules.LanguageItem("en", Cefr.C1));
        assertThat(InputRules.languageItem("ca:A1")).contains(new InputRules.LanguageItem("ca", Cefr.A1));
        assertThat(InputRules.languageItem("es: Z9")).isEmpty();
        assertThat(InputRules.languageItem("spanish: B2")).isEmpty();
        assertThat(InputRules.languageItem("es")).isEmpty();
        assertThat(InputRules.languageItem("")).isEmpty();
        assertThat(InputRules.languageItem(null)).isEmpty();
    }

    @Test
    void aSkillMayCarryALevel() {
        assertThat(InputRules.skillItem("React: 4")).isEqualTo(new InputRules.SkillItem("React", "4"));
        assertThat(InputRules.skillItem("React (4)")).isEqualTo(new InputRules.SkillItem("React", "4"));
        assertThat(InputRules.skillItem(" Spring Boot ")).isEqualTo(new InputRules.SkillItem("Spring Boot", null));
        assertThat(InputRules.skillItem("C++: 12")).isEqualTo(new InputRules.SkillItem("C++", "12")); // the range is Bean Validation's
    }

    @Test
    void aDateIsAnIsoDate() {
        assertThat(InputRules.date("2026-09-01")).contains(LocalDate.of(2026, 9, 1));
        assertThat(InputRules.date(" 2026-09-01 ")).contains(LocalDate.of(2026, 9, 1));
        assertThat(InputRules.date("01/09/2026")).isEmpty();
        assertThat(InputRules.date("2026-02-30")).isEmpty();
        assertThat(InputRules.date(null)).isEmpty();
    }

    @Test
    void anIdOrAVersionThatDoesNotParseIsAbsent() {
        UUID id = UUID.fromString("3f2a1c4e-0000-4000-8000-000000000001");
        assertThat(InputRules.uuid(" " + id + " ")).contains(id);
        assertThat(InputRules.uuid("not-an-id")).isEmpty();
        assertThat(InputRules.uuid("  ")).isEmpty();
        assertThat(InputRules.uuid(null)).isEmpty();
        assertThat(InputRules.uuidOrNull("x")).isNull();
        assertThat(InputRules.version(" 7 ")).isEqualTo(7L);
        assertThat(InputRules.version("seven")).isNull();
        assertThat(InputRules.version("12345678901234567890")).isNull();
        assertThat(InputRules.version("")).isNull();
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(InputRules.version(" ", "listings.error.version", errors)).isNull();
        assertThat(errors).isEmpty();
        assertThat(InputRules.version("v2", "listings.error.version", errors)).isNull();
        assertThat(errors).containsExactly(Map.entry("version", "listings.error.version"));
    }

    @Test
    void anEnumIsReadInEitherCaseAndWhatIsNotOneIsAFieldError() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(InputRules.enumOf(Cefr.class, " b2 ", "level", "listings.error.", errors)).isEqualTo(Cefr.B2);
        assertThat(InputRules.enumOf(Cefr.class, "", "level", "listings.error.", errors)).isNull();
        assertThat(errors).isEmpty();
        assertThat(InputRules.enumOf(Cefr.class, "Z9", "level", "listings.error.", errors)).isNull();
        assertThat(errors).containsExactly(Map.entry("level", "listings.error.level"));
    }

    @Test
    void languageCodesAreTwoLetters() {
        assertThat("es").matches(InputRules.LANGUAGE_CODE);
        assertThat("CA").matches(InputRules.LANGUAGE_CODE);
        assertThat("spa").doesNotMatch(InputRules.LANGUAGE_CODE);
        assertThat("e1").doesNotMatch(InputRules.LANGUAGE_CODE);
    }

    /** The drift this class ended: the listing's and the profile's bodies now name the same rules. */
    @Test
    void theListingAndTheProfileBodiesShareTheRules() throws Exception {
        for (String language : new String[] {"org.migracode.talent.portal.listings.ListingRequest$LanguageInput",
                "org.migracode.talent.portal.privacy.ProfileRequest$LanguageInput"}) {
            Pattern code = Class.forName(language).getDeclaredField("code").getAnnotation(Pattern.class);
            assertThat(code.regexp()).as(language).isEqualTo(InputRules.LANGUAGE_CODE);
        }
        Class<?> listingSkill = Class.forName("org.migracode.talent.portal.listings.ListingRequest$SkillInput");
        Class<?> profileSkill = Class.forName("org.migracode.talent.portal.privacy.ProfileRequest$SkillInput");
        assertThat(listingSkill.getDeclaredField("name").getAnnotation(Size.class).max()).isEqualTo(InputRules.SKILL_NAME_MAX);
        assertThat(profileSkill.getDeclaredField("name").getAnnotation(Size.class).max()).isEqualTo(InputRules.SKILL_NAME_MAX);
        assertThat(Optional.of(listingSkill.getDeclaredField("minLevel").getAnnotation(Max.class).value()))
                .contains((long) InputRules.LEVEL_MAX);
        assertThat(profileSkill.getDeclaredField("level").getAnnotation(Min.class).value()).isEqualTo(InputRules.LEVEL_MIN);
    }
}
