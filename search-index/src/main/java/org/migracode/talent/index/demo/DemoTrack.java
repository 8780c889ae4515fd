package org.migracode.talent.index.demo;

import java.util.List;

/**
 * A career track that shapes a demo graduate's extra skills and a demo listing's requirements, so
 * that the demo has realistic clusters (frontend people know React and CSS well; QA people know
 * Cypress) rather than uniform noise.
 *
 * @param key short name
 * @param titlesEn listing titles in English
 * @param titlesEs listing titles in Spanish
 * @param titlesCa listing titles in Catalan
 * @param strong curriculum skills this track practises most
 * @param extras extra skills people on this track often pick up
 * @param required skills a listing of this track requires (2–4 are drawn)
 * @param nice skills a listing of this track likes to see
 */
record DemoTrack(String key, List<String> titlesEn, List<String> titlesEs, List<String> titlesCa,
        List<String> strong, List<String> extras, List<String> required, List<String> nice) {

    static final List<DemoTrack> ALL = List.of(
            new DemoTrack("frontend",
                    List.of("Junior Frontend Developer", "React Developer", "Junior Web Developer"),
                    List.of("Desarrollador/a Frontend Junior", "Programador/a React"),
                    List.of("Desenvolupador/a Frontend Júnior", "Programador/a web React"),
                    List.of("html", "css", "javascript", "react"),
                    List.of("typescript", "redux", "tailwind", "sass", "jest", "figma", "nextjs", "vue", "accessibility", "responsive-design"),
                    List.of("react", "javascript", "css", "html", "typescript"),
                    List.of("typescript", "jest", "redux", "figma", "accessibility", "nextjs")),
            new DemoTrack("backend",
                    List.of("Junior Backend Developer", "Node.js Developer", "Backend Engineer (Junior)"),
                    List.of("Desarrollador/a Backend Node.js", "Programador/a Backend Junior"),
                    List.of("Desenvolupador/a Backend Node.js", "Programador/a Backend Júnior"),
                    List.of("javascript", "nodejs", "express", "sql", "postgresql"),
                    List.of("typescript", "docker", "mongodb", "rest-api", "jest", "aws", "linux", "graphql", "mysql"),
                    List.of("nodejs", "express", "sql", "postgresql", "rest-api"),
                    List.of("docker", "typescript", "aws", "mongodb", "jest")),
            new DemoTrack("fullstack",
                    List.of("Junior Full Stack Developer", "Full Stack Developer (MERN)", "Full Stack JavaScript Developer"),
                    List.of("Desarrollador/a Full Stack Junior", "Programador/a Full Stack JavaScript"),
                    List.of("Desenvolupador/a Full Stack Júnior"),
                    List.of("javascript", "react", "nodejs", "express", "sql"),
                    List.of("typescript", "mongodb", "docker", "redux", "jest", "aws", "graphql", "nextjs"),
                    List.of("javascript", "react", "nodejs", "sql", "express", "mongodb"),
                    List.of("typescript", "docker", "aws", "redux", "jest")),
            new DemoTrack("data",
                    List.of("Junior Data Analyst", "Data Analyst Intern", "Junior BI Analyst"),
                    List.of("Analista de Datos Junior", "Analista de Datos en prácticas"),
                    List.of("Analista de Dades Júnior"),
                    List.of("sql", "postgresql"),
                    List.of("python", "pandas", "excel", "power-bi", "tableau", "mysql", "data-visualization", "statistics"),
                    List.of("sql", "python", "excel", "power-bi"),
                    List.of("pandas", "tableau", "data-visualization", "statistics")),
            new DemoTrack("qa",
                    List.of("QA Automation Tester", "Junior QA Engineer", "Software Tester"),
                    List.of("Tester QA Junior", "Ingeniero/a de QA Junior"),
                    List.of("Tester QA Júnior"),
                    List.of("javascript", "html", "css"),
                    List.of("cypress", "selenium", "jest", "playwright", "unit-testing", "postman", "jira", "agile"),
                    List.of("cypress", "javascript", "unit-testing", "selenium"),
                    List.of("playwright", "postman", "jira", "agile")),
            new DemoTrack("php",
                    List.of("Junior PHP Developer", "WordPress Developer"),
                    List.of("Desarrollador/a PHP Junior", "Desarrollador/a WordPress"),
                    List.of("Desenvolupador/a PHP Júnior"),
                    List.of("html", "css", "javascript", "sql"),
                    List.of("php", "laravel", "wordpress", "mysql", "docker"),
                    List.of("php", "mysql", "html", "css", "wordpress", "laravel"),
                    List.of("laravel", "docker", "git")),
            new DemoTrack("java",
                    List.of("Junior Java Developer", "Java Backend Trainee"),
                    List.of("Desarrollador/a Java Junior", "Programador/a Java en prácticas"),
                    List.of("Desenvolupador/a Java Júnior"),
                    List.of("sql", "git"),
                    List.of("java", "spring-boot", "junit", "maven", "docker", "mysql", "rest-api"),
                    List.of("java", "spring-boot", "sql", "rest-api"),
                    List.of("junit", "docker", "maven")),
            new DemoTrack("python",
                    List.of("Junior Python Developer", "Python Backend Intern"),
                    List.of("Desarrollador/a Python Junior"),
                    List.of("Desenvolupador/a Python Júnior"),
                    List.of("sql", "git"),
                    List.of("python", "django", "flask", "pandas", "docker", "rest-api", "linux"),
                    List.of("python", "sql", "django", "rest-api"),
                    List.of("flask", "docker", "linux")));
}
