package org.migracode.talent.portal.cvs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.migracode.talent.portal.cvs.CvRefused.Reason;

/**
 * A LinkedIn data export (the ZIP LinkedIn sends under "Get a copy of your data") turned into CV
 * text for the same draft: {@code Profile.csv} gives the headline, the summary and the websites;
 * {@code Positions.csv} each position's title, company and description; {@code Skills.csv} the
 * skill names; {@code Languages.csv} each language with its proficiency, read as a CEFR level
 * (native or bilingual C2, full professional C1, professional working B2, limited working B1,
 * elementary A2) — a suggestion the graduate confirms or drops like any other. Nothing else is
 * read: not the name, address, birth date, location or contacts the export also holds.
 */
final class LinkedInExport {

    static final Set<String> FILES = Set.of("Profile.csv", "Positions.csv", "Skills.csv", "Languages.csv");
    static final int MAX_ROWS = 500;
    private static final Pattern WEBSITE = Pattern.compile("(?:([A-Za-z_ ]+):)?(https?://[^\\s,\\]]+)");

    DocumentText read(Map<String, byte[]> entries) {
        StringBuilder text = new StringBuilder();
        String headline = null;
        List<Map<String, String>> profile = rows(entries, "Profile.csv");
        if (!profile.isEmpty()) {
            Map<String, String> p = profile.get(0);
            headline = blankToNull(p.get("headline"));
            line(text, headline);
            line(text, p.get("summary"));
            Matcher m = WEBSITE.matcher(p.getOrDefault("websites", ""));
            while (m.find()) {
                String label = m.group(1) == null ? "Website" : capitalised(m.group(1).strip());
                line(text, label + ": " + m.group(2));
            }
        }
        for (Map<String, String> position : rows(entries, "Positions.csv")) {
            String title = position.getOrDefault("title", "");
            String company = position.getOrDefault("company name", "");
            line(text, (title + (company.isBlank() ? "" : " — " + company)).strip());
            line(text, position.get("description"));
        }
        List<String> skills = new ArrayList<>();
        for (Map<String, String> skill : rows(entries, "Skills.csv")) {
            String name = skill.get("name");
            if (name != null && !name.isBlank()) {
                skills.add(name.strip());
            }
        }
        if (!skills.isEmpty()) {
            line(text, "Skills: " + String.join(", ", skills) + ".");
        }
        for (Map<String, String> language : rows(entries, "Languages.csv")) {
            String name = language.get("name");
            String level = cefr(language.get("proficiency"));
            if (name != null && !name.isBlank()) {
                line(text, name.strip() + (level == null ? "" : " " + level) + ".");
            }
        }
        return new DocumentText(DocumentKind.LINKEDIN, text.toString(), headline);
    }

    /** LinkedIn's proficiency names as CEFR levels; {@code null} when none is stated. */
    static String cefr(String proficiency) {
        if (proficiency == null) {
            return null;
        }
        String p = proficiency.toLowerCase(Locale.ROOT);
        if (p.contains("native") || p.contains("bilingual")) {
            return "C2";
        }
        if (p.contains("full professional")) {
            return "C1";
        }
        if (p.contains("professional working")) {
            return "B2";
        }
        if (p.contains("limited working")) {
            return "B1";
        }
        if (p.contains("elementary")) {
            return "A2";
        }
        return null;
    }

    /** The rows of one CSV of the export, keyed by lower-case header; empty when the file is absent. */
    private static List<Map<String, String>> rows(Map<String, byte[]> entries, String file) {
        byte[] bytes = entries.entrySet().stream().filter(e -> ZipEntries.baseName(e.getKey()).equals(file))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (bytes == null) {
            return List.of();
        }
        String csv = new String(bytes, StandardCharsets.UTF_8);
        if (csv.startsWith("\uFEFF")) {
            csv = csv.substring(1);
        }
        List<Map<String, String>> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> headers = parser.getHeaderNames();
            for (CSVRecord r : parser) {
                if (out.size() >= MAX_ROWS) {
                    break;
                }
                Map<String, String> row = new java.util.HashMap<>();
                for (int i = 0; i < headers.size() && i < r.size(); i++) {
                    row.put(headers.get(i).strip().toLowerCase(Locale.ROOT), r.get(i));
                }
                out.add(row);
            }
        } catch (IOException | RuntimeException e) {
            throw new CvRefused(Reason.MALFORMED, file + " of the LinkedIn export cannot be read", e);
        }
        return out;
    }

    private static void line(StringBuilder text, String value) {
        if (value != null && !value.isBlank()) {
            text.append(value.strip()).append('\n');
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String capitalised(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('_', ' ');
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
