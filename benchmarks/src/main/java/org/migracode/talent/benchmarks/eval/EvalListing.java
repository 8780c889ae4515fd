package org.migracode.talent.benchmarks.eval;

import java.time.LocalDate;
import java.util.List;

/** One line of {@code listings.jsonl} (see ../shared/eval/FORMAT.md); missing fields are empty or null. */
public record EvalListing(String id, String title, String description, String type, List<String> requiredSkills,
        List<String> niceToHaveSkills, List<EvalLanguage> languages, String location, String remote, LocalDate startDate) {
}
