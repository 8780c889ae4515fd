package org.migracode.talent.benchmarks.eval;

import java.nio.ByteBuffer;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migracode.talent.benchmarks.eval.EvalCandidate.EvalProject;
import org.migracode.talent.benchmarks.eval.EvalCandidate.EvalSkill;
import org.migracode.talent.core.profile.Cefr;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a data set folder in the format of {@code ../shared/eval/FORMAT.md}. Unknown fields are
 * ignored and missing ones are empty; anything it cannot read (malformed JSON, a wrong type, a
 * duplicate id, a qrels line naming an unknown listing or candidate, a grade outside 0–3, invalid
 * UTF-8) throws {@link EvalDataException} naming the file and the line.
 */
public final class EvalDatasetReader {

    private final JsonMapper json = JsonMapper.builder().build();

    public EvalDataset read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new EvalDataException(dir + ": not a folder (expected listings.jsonl, candidates.jsonl, qrels.tsv)");
        }
        List<EvalListing> listings = new ArrayList<>();
        readLines(dir.resolve("listings.jsonl"), (where, node) -> listings.add(listing(where, node)));
        List<EvalCandidate> candidates = new ArrayList<>();
        readLines(dir.resolve("candidates.jsonl"), (where, node) -> candidates.add(candidate(where, node)));
        checkUnique(dir.resolve("listings.jsonl"), listings.stream().map(EvalListing::id).toList());
        checkUnique(dir.resolve("candidates.jsonl"), candidates.stream().map(EvalCandidate::id).toList());
        Map<String, Map<String, Integer>> qrels = qrels(dir.resolve("qrels.tsv"),
                Set.copyOf(listings.stream().map(EvalListing::id).toList()),
                Set.copyOf(candidates.stream().map(EvalCandidate::id).toList()));
        String name = dir.toAbsolutePath().normalize().getFileName() == null ? dir.toString()
                : dir.toAbsolutePath().normalize().getFileName().toString();
        return new EvalDataset(name, List.copyOf(listings), List.copyOf(candidates), qrels);
    }

    private interface LineHandler {
        void accept(String where, JsonNode node);
    }

    private void readLines(Path file, LineHandler handler) {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file + ":" + (i + 1);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JacksonException e) {
                throw new EvalDataException(where + ": malformed JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new EvalDataException(where + ": expected a JSON object");
            }
            handler.accept(where, node);
        }
    }

    /** The file's lines, each decoded strictly as UTF-8 so that an error names its own line. */
    private static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EvalDataException(file + ": missing");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EvalDataException(file + ": cannot be read: " + e.getMessage());
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int to = i > from && bytes[i - 1] == '\r' ? i - 1 : i;
                try {
                    lines.add(decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString());
                } catch (CharacterCodingException e) {
                    throw new EvalDataException(file + ":" + (lines.size() + 1) + ": not valid UTF-8");
                }
                from = i + 1;
            }
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static EvalListing listing(String where, JsonNode n) {
        String type = optionalText(where, n, "type");
        if (type != null && !type.equals("JOB") && !type.equals("INTERNSHIP")) {
            throw new EvalDataException(where + ": type must be JOB or INTERNSHIP, got '" + type + "'");
        }
        String remote = optionalText(where, n, "remote");
        if (remote != null && !Set.of("ONSITE", "HYBRID", "REMOTE").contains(remote)) {
            throw new EvalDataException(where + ": remote must be ONSITE, HYBRID or REMOTE, got '" + remote + "'");
        }
        return new EvalListing(requiredText(where, n, "id"), requiredText(where, n, "title"), optionalText(where, n, "description"),
                type, stringList(where, n, "requiredSkills"), stringList(where, n, "niceToHaveSkills"), languages(where, n),
                optionalText(where, n, "location"), remote, date(where, n, "startDate"));
    }

    private static EvalCandidate candidate(String where, JsonNode n) {
        List<EvalSkill> skills = new ArrayList<>();
        for (JsonNode s : array(where, n, "skills")) {
            if (s.isString()) {
                skills.add(new EvalSkill(s.stringValue(), null));
            } else if (s.isObject()) {
                String name = requiredText(where, s, "name");
                Integer level = null;
                JsonNode l = s.path("level");
                if (!l.isMissingNode() && !l.isNull()) {
                    if (!l.isIntegralNumber() || l.asInt() < 1 || l.asInt() > 5) {
                        throw new EvalDataException(where + ": skill level must be a whole number 1..5, got " + l);
                    }
                    level = l.asInt();
                }
                skills.add(new EvalSkill(name, level));
            } else {
                throw new EvalDataException(where + ": skills must hold strings or {name, level} objects, got " + s);
            }
        }
        List<EvalProject> projects = new ArrayList<>();
        for (JsonNode p : array(where, n, "projects")) {
            if (!p.isObject()) {
                throw new EvalDataException(where + ": projects must hold objects, got " + p);
            }
            projects.add(new EvalProject(optionalText(where, p, "title"), optionalText(where, p, "description"),
                    stringList(where, p, "technologies")));
        }
        String remote = optionalText(where, n, "remote");
        if (remote != null && !Set.of("ONSITE", "HYBRID", "REMOTE", "ANY").contains(remote)) {
            throw new EvalDataException(where + ": remote must be ONSITE, HYBRID, REMOTE or ANY, got '" + remote + "'");
        }
        return new EvalCandidate(requiredText(where, n, "id"), optionalText(where, n, "headline"), optionalText(where, n, "summary"),
                skills, projects, languages(where, n), optionalText(where, n, "location"), remote, date(where, n, "availableFrom"));
    }

    private static List<EvalLanguage> languages(String where, JsonNode n) {
        List<EvalLanguage> list = new ArrayList<>();
        for (JsonNode l : array(where, n, "languages")) {
            if (!l.isObject()) {
                throw new EvalDataException(where + ": languages must hold {code, level} objects, got " + l);
            }
            String code = requiredText(where, l, "code").toLowerCase(java.util.Locale.ROOT);
            String level = requiredText(where, l, "level");
            try {
                Cefr.parse(level);
            } catch (IllegalArgumentException e) {
                throw new EvalDataException(where + ": " + e.getMessage());
            }
            list.add(new EvalLanguage(code, level));
        }
        return list;
    }

    private static Map<String, Map<String, Integer>> qrels(Path file, Set<String> listings, Set<String> candidates) {
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new EvalDataException(where + ": expected listingId<TAB>candidateId<TAB>grade, got " + cols.length + " columns");
            }
            String listing = cols[0].strip();
            String candidate = cols[1].strip();
            if (!listings.contains(listing)) {
                throw new EvalDataException(where + ": unknown listing id '" + listing + "'");
            }
            if (!candidates.contains(candidate)) {
                throw new EvalDataException(where + ": unknown candidate id '" + candidate + "'");
            }
            int grade;
            try {
                grade = Integer.parseInt(cols[2].strip());
            } catch (NumberFormatException e) {
                throw new EvalDataException(where + ": grade must be a whole number 0..3, got '" + cols[2] + "'");
            }
            if (grade < 0 || grade > 3) {
                throw new EvalDataException(where + ": grade must be between 0 and 3, got " + grade);
            }
            qrels.computeIfAbsent(listing, k -> new LinkedHashMap<>()).put(candidate, grade);
        }
        return qrels;
    }

    private static void checkUnique(Path file, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new EvalDataException(file + ": duplicate id '" + ids.get(i) + "'");
            }
        }
    }

    private static String requiredText(String where, JsonNode n, String field) {
        String value = optionalText(where, n, field);
        if (value == null || value.isBlank()) {
            throw new EvalDataException(where + ": missing required field '" + field + "'");
        }
        return value;
    }

    private static String optionalText(String where, JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new EvalDataException(where + ": field '" + field + "' must be a string, got " + v);
        }
        return v.stringValue();
    }

    private static LocalDate date(String where, JsonNode n, String field) {
        String text = optionalText(where, n, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new EvalDataException(where + ": field '" + field + "' must be an ISO date (YYYY-MM-DD), got '" + text + "'");
        }
    }

    private static List<JsonNode> array(String where, JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new EvalDataException(where + ": field '" + field + "' must be an array, got " + v);
        }
        List<JsonNode> list = new ArrayList<>();
        v.values().forEach(list::add);
        return list;
    }

    private static List<String> stringList(String where, JsonNode n, String field) {
        List<String> list = new ArrayList<>();
        for (JsonNode v : array(where, n, field)) {
            if (!v.isString()) {
                throw new EvalDataException(where + ": field '" + field + "' must hold strings, got " + v);
            }
            if (!v.stringValue().isBlank()) {
                list.add(v.stringValue().strip());
            }
        }
        return list;
    }
}
