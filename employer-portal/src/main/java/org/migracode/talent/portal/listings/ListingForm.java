package org.migracode.talent.portal.listings;

import static org.migracode.talent.portal.system.InputRules.blank;
import static org.migracode.talent.portal.system.InputRules.enumOf;
import static org.migracode.talent.portal.system.InputRules.uuidOrNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.portal.listings.ListingRequest.LanguageInput;
import org.migracode.talent.portal.listings.ListingRequest.SkillInput;
import org.migracode.talent.portal.system.InputRules;

/**
 * The listing form as the browser posts it: every field is text as typed. Skills are one per line
 * (or comma-separated), a required skill optionally with its minimum level ("React: 4");
 * languages are "es: B2" items. {@link #parse()} turns it into a {@link ListingRequest} and
 * collects per-field message keys for what it cannot read.
 */
record ListingForm(String id, String companyId, String title, String type, String description, String requiredSkills,
        String niceToHaveSkills, String languages, String city, String remotePolicy, String startDate, String version) {

    private static final int MAX_FIELD = InputRules.FORM_FIELD_MAX;
    /** Where a field's error message keys start: "listings.error.type"… */
    private static final String ERRORS = "listings.error.";

    static ListingForm empty() {
        return new ListingForm(null, null, "", ListingType.JOB.name(), "", "", "", "", "", RemotePolicy.ONSITE.name(), "", null);
    }

    static ListingForm of(ListingView v) {
        List<String> required = v.requiredSkills().stream()
                .map(r -> r.minLevel() == RequiredSkill.DEFAULT_MIN_LEVEL ? r.label() : r.label() + ": " + r.minLevel()).toList();
        List<String> nice = v.niceToHaveSkills().stream().map(ListingView.SkillView::label).toList();
        List<String> languages = v.languages().stream().map(l -> l.code() + ": " + l.minLevel()).toList();
        return new ListingForm(v.id().toString(), v.companyId().toString(), v.title(), v.type().name(),
                v.description() == null ? "" : v.description(), String.join("\n", required), String.join("\n", nice),
                String.join(", ", languages), v.city() == null ? "" : v.city(), v.remotePolicy().name(),
                v.startDate() == null ? "" : v.startDate().toString(), Long.toString(v.version()));
    }

    /** The same form with the skill fields filled in. */
    ListingForm withSkills(String required, String nice) {
        return new ListingForm(id, companyId, title, type, description, required, nice, languages, city, remotePolicy, startDate, version);
    }

    public boolean hasTypedSkills() {
        return !blank(requiredSkills) || !blank(niceToHaveSkills);
    }

    public boolean isNew() {
        return blank(id);
    }

    /** What the form says, as a request, and message keys by field for what could not be read. */
    Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID company = uuidOrNull(companyId);
        if (company == null && !blank(companyId)) {
            errors.put("companyId", "listings.error.companyId");
        }
        ListingType listingType = enumOf(ListingType.class, type, "type", ERRORS, errors);
        RemotePolicy remote = enumOf(RemotePolicy.class, remotePolicy, "remotePolicy", ERRORS, errors);
        LocalDate start = null;
        if (!blank(startDate)) {
            start = InputRules.date(startDate).orElse(null);
            if (start == null) {
                errors.put("startDate", "listings.error.startDate");
            }
        }
        List<SkillInput> required = new ArrayList<>();
        for (String item : items(requiredSkills)) {
            InputRules.SkillItem skill = InputRules.skillItem(item);
            if (skill.levelDigits() != null) {
                int level = skill.levelDigits().length() > 2 ? 0 : Integer.parseInt(skill.levelDigits());
                required.add(new SkillInput(skill.name(), level));
            } else {
                required.add(new SkillInput(item, null));
            }
        }
        List<LanguageInput> langs = new ArrayList<>();
        for (String item : items(languages)) {
            Optional<InputRules.LanguageItem> language = InputRules.languageItem(item);
            if (language.isEmpty()) {
                errors.put("languages", "listings.error.languages");
            } else {
                langs.add(new LanguageInput(language.get().code(), language.get().level()));
            }
        }
        Long v = InputRules.version(version, ERRORS + "version", errors);
        ListingRequest request = new ListingRequest(company, title, description, listingType, required, items(niceToHaveSkills),
                langs, city, remote, start, v);
        return new Parsed(request, errors);
    }

    record Parsed(ListingRequest request, Map<String, String> errors) {
    }

    private static List<String> items(String text) {
        if (blank(text)) {
            return List.of();
        }
        String bounded = text.length() > MAX_FIELD ? text.substring(0, MAX_FIELD) : text;
        return bounded.lines().flatMap(l -> List.of(l.split(",")).stream()).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
