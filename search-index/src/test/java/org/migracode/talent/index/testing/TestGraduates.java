package org.migracode.talent.index.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.PortfolioProject;

/**
 * Test-data builder for graduates: {@code graduate("Ana").withSkill("react", 4).build()} is a
 * consenting, active graduate in Barcelona available now, with only what the test says.
 */
public final class TestGraduates {

    private final String name;
    private UUID id = UUID.randomUUID();
    private String headline = "Web developer";
    private String summary = "";
    private String city = "Barcelona";
    private boolean visible = true;
    private boolean active = true;
    private boolean wantsJob = true;
    private boolean wantsInternship = true;
    private RemotePreference remote = RemotePreference.ANY;
    private LocalDate availableFrom = LocalDate.of(2026, 1, 1);
    private final List<Object[]> skills = new ArrayList<>();
    private final List<Object[]> languages = new ArrayList<>();
    private final List<PortfolioProject> projects = new ArrayList<>();

    private TestGraduates(String name) {
        this.name = name;
    }

    public static TestGraduates graduate(String name) {
        return new TestGraduates(name);
    }

    public TestGraduates id(UUID id) {
        this.id = id;
        return this;
    }

    public TestGraduates withSkill(String skillId, int level) {
        skills.add(new Object[] {skillId, level, SkillSource.DECLARED});
        return this;
    }

    public TestGraduates withLanguage(String code, Cefr level) {
        languages.add(new Object[] {code, level});
        return this;
    }

    public TestGraduates withProject(String title, String description, String... technologies) {
        projects.add(new PortfolioProject(title, description, null, List.of(technologies)));
        return this;
    }

    public TestGraduates headline(String headline) {
        this.headline = headline;
        return this;
    }

    public TestGraduates summary(String summary) {
        this.summary = summary;
        return this;
    }

    public TestGraduates city(String city) {
        this.city = city;
        return this;
    }

    public TestGraduates notVisible() {
        this.visible = false;
        return this;
    }

    public TestGraduates inactive() {
        this.active = false;
        return this;
    }

    public TestGraduates internshipsOnly() {
        this.wantsJob = false;
        this.wantsInternship = true;
        return this;
    }

    public TestGraduates availableFrom(LocalDate date) {
        this.availableFrom = date;
        return this;
    }

    public GraduateProfile build() {
        GraduateProfile g = new GraduateProfile(id, name);
        g.setHeadline(headline);
        g.setSummary(summary);
        g.setCity(city);
        g.setRemotePreference(remote);
        g.setAvailableFrom(availableFrom);
        g.setVisibleToEmployers(visible);
        g.setActive(active);
        g.setWantedTypes(wantsJob, wantsInternship);
        skills.forEach(s -> g.putSkill((String) s[0], (Integer) s[1], (SkillSource) s[2]));
        languages.forEach(l -> g.putLanguage((String) l[0], (Cefr) l[1]));
        projects.forEach(g::addProject);
        return g;
    }
}
