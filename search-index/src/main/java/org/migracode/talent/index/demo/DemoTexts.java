package org.migracode.talent.index.demo;

import static org.migracode.talent.index.demo.DemoDataGenerator.pick;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.demo.DemoRecords.Cohort;
import org.migracode.talent.index.demo.DemoRecords.Company;
import org.migracode.talent.index.demo.DemoRecords.Project;
import org.migracode.talent.index.demo.DemoRecords.RequiredSkill;

/**
 * Plausible free text for the demo in English, Spanish and Catalan: headlines, summaries,
 * portfolio projects and listing descriptions. Skills are written the way people write them
 * ("ReactJS", "Node", "Postgres"), so the demo exercises the taxonomy's aliases.
 */
final class DemoTexts {

    private DemoTexts() {
    }

    /** How people write each skill, several spellings each; the first is the usual label. */
    private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("html", List.of("HTML", "HTML5")),
            Map.entry("css", List.of("CSS", "CSS3")),
            Map.entry("javascript", List.of("JavaScript", "JS", "Javascript", "ES6")),
            Map.entry("typescript", List.of("TypeScript", "TS")),
            Map.entry("react", List.of("React", "ReactJS", "React.js")),
            Map.entry("redux", List.of("Redux")),
            Map.entry("nextjs", List.of("Next.js", "NextJS")),
            Map.entry("vue", List.of("Vue.js", "Vue")),
            Map.entry("nodejs", List.of("Node.js", "Node", "NodeJS")),
            Map.entry("express", List.of("Express", "Express.js")),
            Map.entry("sql", List.of("SQL")),
            Map.entry("postgresql", List.of("PostgreSQL", "Postgres")),
            Map.entry("mysql", List.of("MySQL")),
            Map.entry("mongodb", List.of("MongoDB", "Mongo")),
            Map.entry("git", List.of("Git", "Git and GitHub")),
            Map.entry("docker", List.of("Docker")),
            Map.entry("aws", List.of("AWS", "Amazon Web Services")),
            Map.entry("graphql", List.of("GraphQL")),
            Map.entry("rest-api", List.of("REST APIs", "APIs REST", "RESTful APIs")),
            Map.entry("jest", List.of("Jest")),
            Map.entry("cypress", List.of("Cypress")),
            Map.entry("selenium", List.of("Selenium")),
            Map.entry("playwright", List.of("Playwright")),
            Map.entry("unit-testing", List.of("unit testing", "unit tests")),
            Map.entry("postman", List.of("Postman")),
            Map.entry("jira", List.of("Jira")),
            Map.entry("agile", List.of("Agile", "Scrum")),
            Map.entry("tailwind", List.of("Tailwind CSS", "Tailwind")),
            Map.entry("sass", List.of("Sass", "SCSS")),
            Map.entry("figma", List.of("Figma")),
            Map.entry("accessibility", List.of("web accessibility", "accessibility (WCAG)")),
            Map.entry("responsive-design", List.of("responsive design")),
            Map.entry("python", List.of("Python")),
            Map.entry("pandas", List.of("pandas")),
            Map.entry("excel", List.of("Excel")),
            Map.entry("power-bi", List.of("Power BI")),
            Map.entry("tableau", List.of("Tableau")),
            Map.entry("data-visualization", List.of("data visualisation", "dashboards")),
            Map.entry("statistics", List.of("statistics")),
            Map.entry("php", List.of("PHP")),
            Map.entry("laravel", List.of("Laravel")),
            Map.entry("wordpress", List.of("WordPress")),
            Map.entry("java", List.of("Java")),
            Map.entry("spring-boot", List.of("Spring Boot")),
            Map.entry("junit", List.of("JUnit")),
            Map.entry("maven", List.of("Maven")),
            Map.entry("django", List.of("Django")),
            Map.entry("flask", List.of("Flask")),
            Map.entry("linux", List.of("Linux"))
    );

    static String spell(Random r, String skillId) {
        List<String> spellings = SPELLINGS.get(skillId);
        return spellings == null ? skillId : pick(r, spellings);
    }

    static String label(String skillId) {
        List<String> spellings = SPELLINGS.get(skillId);
        return spellings == null ? skillId : spellings.get(0);
    }

    private static String join(Random r, List<String> skills, String and) {
        List<String> words = skills.stream().map(s -> spell(r, s)).collect(Collectors.toCollection(ArrayList::new));
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + and + " " + words.get(words.size() - 1);
    }

    static String headline(Random r, DemoTrack track, String lang) {
        String role = switch (track.key()) {
            case "frontend" -> pick(r, List.of("Frontend developer", "React developer", "Web developer"));
            case "backend" -> pick(r, List.of("Backend developer", "Node.js developer"));
            case "fullstack" -> pick(r, List.of("Full stack developer", "Full stack JavaScript developer"));
            case "data" -> pick(r, List.of("Junior data analyst", "Data analyst"));
            case "qa" -> pick(r, List.of("QA tester", "Test automation enthusiast"));
            case "php" -> "PHP and WordPress developer";
            case "java" -> "Junior Java developer";
            default -> "Python developer";
        };
        return switch (lang) {
            case "es" -> switch (track.key()) {
                case "data" -> "Analista de datos junior";
                case "qa" -> "Tester QA junior";
                default -> "Desarrollador/a " + role.replace(" developer", "").replace("developer", "").trim() + " junior";
            };
            case "ca" -> switch (track.key()) {
                case "data" -> "Analista de dades júnior";
                case "qa" -> "Tester QA júnior";
                default -> "Desenvolupador/a " + role.replace(" developer", "").trim() + " júnior";
            };
            default -> role;
        };
    }

    static String summary(Random r, DemoTrack track, List<String> skills, Cohort cohort, String lang) {
        List<String> shown = new ArrayList<>(skills);
        Collections.shuffle(shown, r);
        shown = shown.subList(0, Math.min(shown.size(), 3 + r.nextInt(3)));
        String motivation = pick(r, switch (lang) {
            case "es" -> List.of("Me encanta resolver problemas reales con código.",
                    "Antes trabajaba en hostelería y descubrí la programación en el curso.",
                    "Busco un equipo donde seguir aprendiendo y aportar desde el primer día.",
                    "Me interesa especialmente la accesibilidad y el trabajo en equipo.");
            case "ca" -> List.of("M'agrada resoldre problemes reals amb codi.",
                    "Busco un equip on continuar aprenent i aportar des del primer dia.",
                    "Abans treballava en logística i vaig descobrir la programació al curs.");
            default -> List.of("I enjoy turning real problems into simple, working software.",
                    "Before the course I worked in logistics; I discovered programming and never stopped.",
                    "I am looking for a team where I can keep learning and contribute from day one.",
                    "I care about accessible interfaces and clear, tested code.",
                    "I volunteer as a mentor for the next cohort.");
        });
        return switch (lang) {
            case "es" -> "Graduado/a del curso de desarrollo web de " + cohort.school() + " (" + cohort.name() + "). Trabajo con "
                    + join(r, shown, "y") + ". " + motivation;
            case "ca" -> "Graduat/da del curs de desenvolupament web de " + cohort.school() + " (" + cohort.name() + "). Treballo amb "
                    + join(r, shown, "i") + ". " + motivation;
            default -> "Graduate of the " + cohort.school() + " web development course (" + cohort.name() + "). I work with "
                    + join(r, shown, "and") + ". " + motivation;
        };
    }

    private static final List<String[]> PROJECT_IDEAS = List.of(
            new String[] {"Recipe finder", "a single-page app to search recipes by ingredient"},
            new String[] {"Food bank API", "a REST API for a local food bank with authentication and stock tracking"},
            new String[] {"Job board for newcomers", "a job board where newcomers filter offers by language and city"},
            new String[] {"Weather dashboard", "a dashboard that shows the forecast for several cities with charts"},
            new String[] {"Chat app", "a real-time chat for study groups"},
            new String[] {"Library manager", "a small system for a community library to lend books"},
            new String[] {"Expense tracker", "an app to track shared expenses in a flat"},
            new String[] {"Volunteer scheduler", "a tool for an NGO to schedule volunteers by shift"},
            new String[] {"Language exchange", "a site that pairs people for language exchange meetings"},
            new String[] {"E-commerce mock", "a shop with cart, checkout and an admin page"},
            new String[] {"Bike lanes map", "a map of Barcelona's bike lanes with open data"},
            new String[] {"Clinic appointments", "an appointment booking app for a neighbourhood clinic"});

    static Project project(Random r, DemoTrack track, List<String> known, String ownerSlug, int index) {
        String[] idea = pick(r, PROJECT_IDEAS);
        List<String> techs = new ArrayList<>(known);
        Collections.shuffle(techs, r);
        techs = new ArrayList<>(techs.subList(0, Math.min(techs.size(), 2 + r.nextInt(3))));
        String description = capitalise(idea[1]) + ", built with " + join(r, techs, "and") + "."
                + pick(r, List.of("", " Deployed on Netlify.", " Includes tests.", " Built in a team of four with code reviews on GitHub.",
                        " Final project of the course."));
        String url = "https://github.com/" + ownerSlug + "/" + DemoDataGenerator.slug(idea[0]) + (index == 0 ? "" : "-" + index);
        return new Project(idea[0], description, url, List.copyOf(techs));
    }

    static String listingDescription(Random r, DemoTrack track, Company company, List<RequiredSkill> required,
            List<String> nice, ListingType type, String lang) {
        List<String> req = required.stream().map(RequiredSkill::skillId).toList();
        return switch (lang) {
            case "es" -> company.name() + " busca " + (type == ListingType.INTERNSHIP ? "una persona en prácticas" : "una persona junior")
                    + " para su equipo. Trabajarás con " + join(r, req, "y") + "."
                    + (nice.isEmpty() ? "" : " Valoramos conocimientos de " + join(r, nice, "y") + ".")
                    + " Ofrecemos mentoría, horario flexible y un equipo diverso.";
            case "ca" -> company.name() + " busca " + (type == ListingType.INTERNSHIP ? "una persona en pràctiques" : "una persona júnior")
                    + " per al seu equip. Treballaràs amb " + join(r, req, "i") + "."
                    + (nice.isEmpty() ? "" : " Valorem coneixements de " + join(r, nice, "i") + ".")
                    + " Oferim mentoria, horari flexible i un equip divers.";
            default -> "At " + company.name() + " you will join a small team and work with " + join(r, req, "and") + "."
                    + (nice.isEmpty() ? "" : " Nice to have: " + join(r, nice, "and") + ".")
                    + (type == ListingType.INTERNSHIP ? " This is a paid internship with a mentor." : " We offer mentoring and a learning budget.")
                    + " We review each other's code and value curiosity over years of experience.";
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
