package org.migracode.talent.portal.listings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.migracode.talent.core.extraction.ListingLanguageSuggester;
import org.migracode.talent.core.extraction.ListingSkillSuggester;
import org.migracode.talent.core.input.InvalidInputException;
import org.migracode.talent.core.input.TextRules;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.listings.LanguageRequirement;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.portal.listings.ListingRequest.LanguageInput;
import org.migracode.talent.portal.listings.ListingRequest.SkillInput;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link ListingRequest} onto a {@link Listing}: checks the input rules, resolves skill
 * names against the vocabulary, and fills in suggested skills and languages from the text when
 * a new listing states none. Saves nothing itself.
 */
@Component
class ListingEditor {

    private static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST_START = LocalDate.of(2100, 12, 31);
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final SkillVocabulary vocabulary;
    private final ListingSkillSuggester suggester;
    private final ListingLanguageSuggester languageSuggester = new ListingLanguageSuggester();

    ListingEditor(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.suggester = vocabulary.listingSkillSuggester();
    }

    /** The skills a title and description suggest (also for the live preview while typing). */
    ListingSkillSuggester.Suggestion suggest(String title, String description) {
        return suggester.suggest(title, description);
    }

    /** Writes the request onto the listing; a list or choice the request leaves out (null) keeps its stored value. */
    void apply(Listing listing, ListingRequest r) {
        List<SkillInput> requiredInputs = r.requiredSkills() == null ? List.of() : r.requiredSkills();
        List<String> niceInputs = r.niceToHaveSkills() == null ? List.of() : r.niceToHaveSkills();
        List<LanguageInput> languageInputs = r.languages() == null ? List.of() : r.languages();
        noNul("title", r.title());
        noNul("description", r.description());
        noNul("city", r.city());
        requiredInputs.forEach(skill -> noNul("requiredSkills", skill == null ? null : skill.name()));
        niceInputs.forEach(skill -> noNul("niceToHaveSkills", skill));
        languageInputs.forEach(language -> noNul("languages", language == null ? null : language.code()));
        listing.setDescription(blankToNull(r.description()));
        listing.setCity(blankToNull(r.city() == null ? null : r.city().strip()));
        if (r.remotePolicy() != null) {
            listing.setRemotePolicy(r.remotePolicy());
        }
        if (r.startDate() != null && (r.startDate().isBefore(EARLIEST_START) || r.startDate().isAfter(LATEST_START))) {
            throw new InvalidInputException("startDate.range", "startDate must be between {0} and {1}, got {2}", EARLIEST_START,
                    LATEST_START, r.startDate());
        }
        listing.setStartDate(r.startDate());
        List<org.migracode.talent.index.listings.RequiredSkill> required = new ArrayList<>();
        for (SkillInput s : requiredInputs) {
            int level = s.minLevel() == null ? RequiredSkill.DEFAULT_MIN_LEVEL : s.minLevel();
            required.add(new org.migracode.talent.index.listings.RequiredSkill(resolve(s.name()).value(), level));
        }
        List<String> nice = new ArrayList<>();
        for (String n : niceInputs) {
            nice.add(resolve(n).value());
        }
        // suggestions stand in for skills only when no skills were stated: on create, or an update naming both lists empty
        boolean creating = listing.getCreatedAt() == null;
        if (required.isEmpty() && nice.isEmpty() && (creating || (r.requiredSkills() != null && r.niceToHaveSkills() != null))) {
            ListingSkillSuggester.Suggestion s = suggester.suggest(r.title(), r.description());
            s.required().forEach(x -> required.add(new org.migracode.talent.index.listings.RequiredSkill(x.skill().value(), x.minLevel())));
            s.niceToHave().forEach(x -> nice.add(x.value()));
            listing.replaceRequiredSkills(required);
            listing.replaceNiceToHaveSkills(nice);
        } else {
            if (r.requiredSkills() != null) {
                listing.replaceRequiredSkills(required);
            }
            if (r.niceToHaveSkills() != null) {
                listing.replaceNiceToHaveSkills(nice);
            }
        }
        if (r.languages() != null) {
            Map<String, LanguageRequirement> languages = new LinkedHashMap<>();
            for (LanguageInput l : languageInputs) {
                String code = l.code().toLowerCase(Locale.ROOT);
                if (!ISO_LANGUAGES.contains(code)) {
                    throw new InvalidInputException("language.unknown", "''{0}'' is not an ISO 639-1 language code", l.code());
                }
                languages.put(code, new LanguageRequirement(code, l.level()));
            }
            listing.replaceLanguages(List.copyOf(languages.values()));
        }
        // a new listing that states no language: read them from its text ("Imprescindible castellano B2 e inglés B1")
        if (creating && languageInputs.isEmpty()) {
            List<LanguageRequirement> read = languageSuggester.suggest(String.join("\n", r.title() == null ? "" : r.title(),
                    r.description() == null ? "" : r.description())).stream()
                    .map(l -> new LanguageRequirement(l.code(), l.minLevel())).toList();
            if (!read.isEmpty()) {
                listing.replaceLanguages(read);
            }
        }
    }

    private SkillId resolve(String name) {
        return vocabulary.resolve(name).orElseThrow(() -> new InvalidInputException("skill.not-named",
                "''{0}'' does not name a skill (it needs a letter or digit and at most 80 characters)", abbreviate(name)));
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The input rules for text (also applied to every request body and form already): no NUL, no control characters. */
    private static void noNul(String field, String value) {
        TextRules.check(field, value);
    }
}
