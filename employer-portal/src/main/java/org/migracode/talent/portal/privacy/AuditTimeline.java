package org.migracode.talent.portal.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migracode.talent.core.input.Paging;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditFilter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as an admin reads it: people, listings and companies by name instead of ids,
 * each action as a sentence in the reader's language, the search or filter behind an entry as
 * labelled values, and the rows one search or match list wrote (one per graduate shown) as one
 * entry with their count. The stored log is unchanged; this is only how it is read.
 */
@Component
class AuditTimeline {

    /** Actions that write one row per graduate shown, all stamped with the same instant: read as one entry. */
    static final Set<AuditAction> PER_RESULT = Set.of(AuditAction.SEARCH_RESULT_SHOWN, AuditAction.MATCH_SHOWN);

    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    AuditTimeline(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** A labelled value: "City: Barcelona". */
    record Field(String label, String value) {
    }

    /** One entry as shown; {@code count} rows of the log stand behind it. */
    record Line(Instant at, String actor, String role, String sentence, List<Field> fields, String model, int count) {
    }

    record Page(List<Line> lines, int page, int size, long total) {

        public int totalPages() {
            return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
        }
    }

    private record Row(long id, Instant at, UUID actor, String role, AuditAction action, UUID graduate, UUID listing,
            String searchQuery, String model, String detail, int count) {
    }

    @Transactional(readOnly = true)
    Page read(AuditFilter filter, int page, int size, Locale locale) {
        Paging.of(page, size, 200);
        List<Object> args = new ArrayList<>();
        String where = filter.sqlWhere(args);
        String perResult = PER_RESULT.stream().map(a -> "'" + a.name() + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        String grouped = "select min(id) as id, at, actor_account_id, actor_role, action, listing_id, search_query, model_version,"
                + " detail, count(*) as n, case when count(*) = 1 then min(graduate_id::text) end as graduate_id"
                + " from audit_entry" + where
                + " group by at, actor_account_id, actor_role, actor_company_id, action, listing_id, proposal_id, search_query,"
                + " model_version, detail, case when action in (" + perResult + ") then 0 else id end";
        Long total = jdbc.queryForObject("select count(*) from (" + grouped + ") g", Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<Row> rows = jdbc.query(grouped + " order by at desc, id desc limit ? offset ?", (rs, i) -> new Row(rs.getLong("id"),
                rs.getTimestamp("at").toInstant(), rs.getObject("actor_account_id", UUID.class), rs.getString("actor_role"),
                action(rs.getString("action")), rs.getString("graduate_id") == null ? null : UUID.fromString(rs.getString("graduate_id")),
                rs.getObject("listing_id", UUID.class), rs.getString("search_query"), rs.getString("model_version"),
                rs.getString("detail"), rs.getInt("n")), pageArgs.toArray());
        Map<UUID, String> names = names(rows);
        List<Line> lines = rows.stream().map(r -> line(r, names, locale)).toList();
        return new Page(lines, page, size, total == null ? 0 : total);
    }

    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Line line(Row r, Map<UUID, String> names, Locale locale) {
        String actor = r.actor() == null ? msg("audit.system", locale) : names.getOrDefault(r.actor(), msg("audit.gone", locale));
        String role = r.role() == null ? "" : msg("audit.role." + r.role(), locale, r.role());
        String graduate = r.graduate() == null
                ? (r.count() > 1 ? "" : msg("audit.nobody", locale))
                : names.getOrDefault(r.graduate(), msg("audit.gone", locale));
        String listing = r.listing() == null ? "" : names.getOrDefault(r.listing(), msg("audit.gone", locale));
        List<Field> fields = new ArrayList<>();
        String extra = "";
        if (r.action() == AuditAction.PROPOSAL_STAGE_CHANGED && r.detail() != null) {
            extra = stages(r.detail(), locale);
        } else if ((r.action() == AuditAction.COMPANY_BLOCKED || r.action() == AuditAction.COMPANY_UNBLOCKED) && r.detail() != null) {
            extra = named(r.detail().replaceFirst("^company ", ""), names, locale);
        } else if (r.detail() != null && r.action() != AuditAction.ADMIN_REINDEX) {
            fields.addAll(fields(r.detail(), names, locale));
        }
        if (r.searchQuery() != null) {
            fields.addAll(0, fields(r.searchQuery(), names, locale));
        }
        String key = r.action() == null ? null : "audit.sentence." + r.action().name();
        String fallback = r.action() == null ? "?" : humanise(r.action().name());
        String sentence = key == null ? fallback
                : messages.getMessage(key, new Object[] {graduate, r.count(), listing, "", extra}, fallback, locale);
        return new Line(r.at(), actor, role, sentence, fields, r.model(), r.count());
    }

    /** "PROPOSED -> INTERVIEWING" as "Proposed → Interviewing", "created -> PROPOSED" as "Proposed". */
    private String stages(String detail, Locale locale) {
        String[] parts = detail.split("\\s*->\\s*");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.equals("created")) {
                out.add(msg("proposals.stage." + p.strip(), locale, humanise(p.strip())));
            }
        }
        return String.join(" → ", out);
    }

    /**
     * The labelled values of a stored search or filter, in any of the forms the log holds: a query
     * string ({@code q=react&type=job}), a record's text from before ({@code [q=react, skill=[], …]},
     * {@code filter AuditFilter[actorAccountId=…], page 0}) or {@code key=value} words. Empty values
     * are left out, ids become names.
     */
    List<Field> fields(String text, Map<UUID, String> names, Locale locale) {
        List<Field> out = new ArrayList<>();
        String t = text.strip();
        List<String[]> pairs = new ArrayList<>();
        if (t.contains("[") && t.contains("=")) {
            Matcher m = Pattern.compile("(\\w+)=(\\[[^\\]]*\\]|[^,\\]]*)").matcher(t);
            while (m.find()) {
                pairs.add(new String[] {m.group(1), m.group(2)});
            }
            Matcher page = Pattern.compile("\\bpage (\\d+)").matcher(t);
            if (page.find()) {
                pairs.add(new String[] {"page", page.group(1)});
            }
        } else if (t.matches("\\w+=\\S*(&\\w+=\\S*)*")) {
            for (String p : t.split("&")) {
                int eq = p.indexOf('=');
                pairs.add(new String[] {p.substring(0, eq), decode(p.substring(eq + 1))});
            }
        } else if (t.matches("\\w+=\\S*( \\w+=\\S*)*")) {
            for (String p : t.split(" ")) {
                int eq = p.indexOf('=');
                pairs.add(new String[] {p.substring(0, eq), p.substring(eq + 1)});
            }
        } else {
            out.add(new Field(msg("audit.detail", locale), named(t, names, locale)));
            return out;
        }
        Map<String, List<String>> merged = new java.util.LinkedHashMap<>();
        for (String[] p : pairs) {
            String v = p[1].strip();
            if (v.startsWith("[") && v.endsWith("]")) {
                v = v.substring(1, v.length() - 1).strip();
            }
            if (v.isEmpty() || v.equals("null") || ("page".equals(p[0]) && v.equals("0"))) {
                continue;
            }
            merged.computeIfAbsent(p[0], k -> new ArrayList<>()).add(value(p[0], v, names, locale));
        }
        merged.forEach((k, v) -> out.add(new Field(msg("audit.filter." + k, locale, humanise(k)), String.join(", ", v))));
        return out;
    }

    private String value(String key, String v, Map<UUID, String> names, Locale locale) {
        if ("action".equals(key)) {
            AuditAction a = action(v);
            return a == null ? v : msg("audit.action." + a.name(), locale, humanise(a.name()));
        }
        return named(v, names, locale);
    }

    /** {@code text} with every id replaced by the name it stands for. */
    private String named(String text, Map<UUID, String> names, Locale locale) {
        Matcher m = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            UUID id = UUID.fromString(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(names.getOrDefault(id, msg("audit.gone", locale))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** "SEARCH_RESULT_SHOWN" → "Search result shown", "languageLevel" → "Language level". */
    static String humanise(String name) {
        String words = name.contains("_") ? name.toLowerCase(Locale.ROOT).replace('_', ' ')
                : name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Every id on the page (actors, graduates, listings, and ids inside searches and details) with its name. */
    private Map<UUID, String> names(List<Row> rows) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Row r : rows) {
            add(ids, r.actor());
            add(ids, r.graduate());
            add(ids, r.listing());
            for (String text : new String[] {r.searchQuery(), r.detail()}) {
                if (text != null) {
                    Matcher m = UUID_TEXT.matcher(text);
                    while (m.find()) {
                        ids.add(UUID.fromString(m.group()));
                    }
                }
            }
        }
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        UUID[] all = ids.toArray(UUID[]::new);
        lookup(names, "select id, display_name from user_account where id = any(?)", all);
        lookup(names, "select id, display_name from graduate_profile where id = any(?)", all);
        lookup(names, "select l.id, l.title || ' (' || c.name || ')' from listing l join company c on c.id = l.company_id"
                + " where l.id = any(?)", all);
        lookup(names, "select id, name from company where id = any(?)", all);
        lookup(names, "select id, name from cohort where id = any(?)", all);
        return names;
    }

    private void lookup(Map<UUID, String> names, String sql, UUID[] ids) {
        String array = "{" + String.join(",", java.util.Arrays.stream(ids).map(UUID::toString).toList()) + "}";
        jdbc.query(sql.replace("any(?)", "any(?::uuid[])"), rs -> {
            names.putIfAbsent(rs.getObject(1, UUID.class), rs.getString(2));
        }, array);
    }

    private static void add(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private String msg(String key, Locale locale, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Resolves a typed actor or graduate: an id as it is, else a unique username or name (case-insensitive). */
    UUID resolve(String kind, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip();
        if (UUID_TEXT.matcher(t).matches()) {
            return UUID.fromString(t);
        }
        List<UUID> found = "graduate".equals(kind)
                ? jdbc.queryForList("select id from graduate_profile where lower(display_name) = lower(?) limit 2", UUID.class, t)
                : jdbc.queryForList("select id from user_account where lower(username) = lower(?) or lower(display_name) = lower(?)"
                        + " limit 2", UUID.class, t, t);
        if (found.size() != 1) {
            throw new IllegalArgumentException(kind + " must name exactly one person");
        }
        return found.get(0);
    }
}
