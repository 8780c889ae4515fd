package org.migracode.talent.portal.privacy;

import static org.migracode.talent.portal.system.InputRules.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.portal.privacy.ProfileRequest.LanguageInput;
import org.migracode.talent.portal.privacy.ProfileRequest.ProjectInput;
import org.migracode.talent.portal.privacy.ProfileRequest.SkillInput;
import org.migracode.talent.portal.system.InputRules;

/**
 * The profile form as typed: skills one per line ("React: 4"), languages as "es: B2, en: C1",
 * projects as repeated groups of fields. {@link #parse()} gives the request and, per field, the
 * message key of what is wrong (shown in the user's language).
 *
 * <p>A field the post does not carry is null here and stays unchanged (a partial post never clears
 * anything); a field posted empty clears it. The checkboxes follow Spring's field-marker
 * convention: the page sends {@code _wantsJob} with every post, so an unticked box binds to false,
 * a ticked one to true, and a post without either leaves the wish as stored.
 */
record ProfileForm(String headline, String summary, String city, String remotePreference, String availableFrom,
                   Boolean wantsJob, Boolean wantsInternship, String email, String phone, String skills, String languages, List<ProjectForm> projects) {

    static final int DEFAULT_LEVEL = 3;
    /** Longest text field accepted before anything else is checked: a 100,000-character paste is refused cheaply. */
    static final int MAX_FIELD = InputRules.FORM_FIELD_MAX;

    ProfileForm {
        projects = projects == null ? null : new ArrayList<>(projects);
    }

    /** One portfolio project's fields; {@code technologies} comma-separated. */
    record ProjectForm(String title, String description, String url, String technologies) {
        boolean isBlank() {
            return blank(title) && blank(description) && blank(url) && blank(technologies);
        }
    }

    /** The request and the errors by field ({@code me.error.<field>} keys). */
    record Parsed(ProfileRequest request, Map<String, String> errors) {
    }

    Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String[] f : new String[][] {{"headline", headline}, {"summary", summary}, {"city", city}, {"email", email}, {"phone", phone}, {"skills", skills},
                {"languages", languages}}) {
            if (f[1] != null && f[1].length() > MAX_FIELD) {
                errors.put(f[0], "me.error." + f[0]);
            }
        }
        RemotePreference remote = RemotePreference.ANY;
        if (!blank(remotePreference)) {
            try {
                remote = RemotePreference.valueOf(remotePreference.strip());
            } catch (IllegalArgumentException e) {
                errors.put("remotePreference", "me.error.remotePreference");
            }
        }
        LocalDate available = null;
        if (!blank(availableFrom)) {
            available = InputRules.date(availableFrom).orElse(null);
            if (available == null) {
                errors.put("availableFrom", "me.error.availableFrom");
            }
        }
        List<SkillInput> skillInputs = new ArrayList<>();
        if (!errors.containsKey("skills")) {
            for (String line : lines(skills)) {
                InputRules.SkillItem skill = InputRules.skillItem(line);
                if (skill.levelDigits() != null) {
                    int level = skill.levelDigits().length() > 1 ? 0 : Integer.parseInt(skill.levelDigits());
                    skillInputs.add(new SkillInput(skill.name(), level));
                } else {
                    skillInputs.add(new SkillInput(line, DEFAULT_LEVEL));
                }
            }
        }
        List<LanguageInput> languageInputs = new ArrayList<>();
        if (!errors.containsKey("languages")) {
            for (String item : blank(languages) ? List.<String>of() : Arrays.stream(languages.split("[,;\\n]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()) {
                Optional<InputRules.LanguageItem> language = InputRules.languageItem(item);
                if (language.isEmpty()) {
                    errors.put("languages", "me.error.languages");
                    break;
                }
                languageInputs.add(new LanguageInput(language.get().code(), language.get().level()));
            }
        }
        List<ProjectInput> projectInputs = new ArrayList<>();
        for (ProjectForm p : projects == null ? List.<ProjectForm>of() : projects) {
            if (p == null || p.isBlank()) {
                continue;
            }
            List<String> tech = blank(p.technologies()) ? List.of()
                    : Arrays.stream(p.technologies().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            projectInputs.add(new ProjectInput(strip(p.title()), strip(p.description()), strip(p.url()), tech));
        }
        Set<String> named = new LinkedHashSet<>();
        Map<String, Object> posted = new LinkedHashMap<>();
        posted.put("headline", headline);
        posted.put("summary", summary);
        posted.put("city", city);
        posted.put("remotePreference", remotePreference);
        posted.put("availableFrom", availableFrom);
        posted.put("wantsJob", wantsJob);
        posted.put("wantsInternship", wantsInternship);
        posted.put("email", email);
        posted.put("phone", phone);
        posted.put("skills", skills);
        posted.put("languages", languages);
        posted.put("projects", projects);
        posted.forEach((field, value) -> {
            if (value != null) {
                named.add(field);
            }
        });
        ProfileRequest request = new ProfileRequest(strip(headline), strip(summary), strip(city), remote, available,
                wantsJob, wantsInternship, strip(email), strip(phone), skillInputs, languageInputs, projectInputs, named);
        return new Parsed(request, errors);
    }

    /** The form filled with a stored profile, plus one empty project to add. */
    static ProfileForm of(MyProfile p) {
        List<ProjectForm> projects = new ArrayList<>();
        p.projects().forEach(x -> projects.add(new ProjectForm(x.title(), x.description(), x.url(), String.join(", ", x.technologies()))));
        projects.add(new ProjectForm("", "", "", ""));
        return new ProfileForm(p.headline(), p.summary(), p.city(), p.remotePreference().name(),
                p.availableFrom() == null ? "" : p.availableFrom().toString(), p.wantsJob(), p.wantsInternship(),
                p.email() == null ? "" : p.email(), p.phone() == null ? "" : p.phone(),
                String.join("\n", p.skills().stream().map(s -> s.label() + ": " + s.level()).toList()),
                String.join(", ", p.languages().stream().map(l -> l.code() + ": " + l.level()).toList()), projects);
    }

    private static List<String> lines(String text) {
        return blank(text) ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
