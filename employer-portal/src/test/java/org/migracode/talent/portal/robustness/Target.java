package org.migracode.talent.portal.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of {@code robustness/endpoints.txt}: where and how an input is sent, as whom, and (optionally) which
 * categories of {@code hostile-inputs.txt} it takes (empty: all).
 */
record Target(String name, String method, String path, String mode, String template, String caller, List<String> categories) {

    /** The demo accounts a target may sign in as (the optional sixth column); password: {@code <name>-demo}. */
    static final List<String> CALLERS = List.of("recruiter", "coach", "admin", "graduate2");

    static final String RESOURCE = "robustness/endpoints.txt";

    boolean api() {
        return path.startsWith("/api/");
    }

    boolean hasBody() {
        return mode.equals("json") || mode.equals("form") || mode.equals("multipart") || mode.equals("text");
    }

    /** True when this target takes {@code input} (its category is listed, or the target lists none). */
    boolean takes(HostileInput input) {
        return categories.isEmpty() || categories.contains(input.category());
    }

    boolean writes() {
        return !method.equals("GET");
    }

    static List<Target> load() throws IOException {
        List<Target> targets = new ArrayList<>();
        try (InputStream in = Target.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\\|", 7);
                String caller = p.length > 5 && !p[5].isBlank() ? p[5].strip() : "recruiter";
                List<String> categories = p.length > 6 && !p[6].isBlank()
                        ? Arrays.stream(p[6].split(",")).map(String::strip).toList() : List.of();
                if (!CALLERS.contains(caller)) {
                    throw new IllegalArgumentException("unknown caller '" + caller + "' in: " + line);
                }
                targets.add(new Target(p[0].strip(), p[1].strip(), p[2].strip(), p[3].strip(), p.length > 4 ? p[4].strip() : "", caller,
                        categories));
            }
        }
        return targets;
    }
}
