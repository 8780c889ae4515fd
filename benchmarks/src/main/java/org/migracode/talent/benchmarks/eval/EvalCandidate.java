package org.migracode.talent.benchmarks.eval;

import java.time.LocalDate;
import java.util.List;

/** One line of {@code candidates.jsonl}; a skill's level is null when the data set gave a plain string. */
public record EvalCandidate(String id, String headline, String summary, List<EvalSkill> skills, List<EvalProject> projects,
        List<EvalLanguage> languages, String location, String remote, LocalDate availableFrom) {

    /** A declared skill as written in the data set, with its level 1–5 or null. */
    public record EvalSkill(String name, Integer level) {
    }

    /** A portfolio project. */
    public record EvalProject(String title, String description, List<String> technologies) {
    }
}
