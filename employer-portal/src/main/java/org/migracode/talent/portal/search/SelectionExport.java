package org.migracode.talent.portal.search;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.cohort.CohortRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.portal.reports.CsvCells;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The selected rows of the search page as CSV, with exactly what the viewer may see on the
 * profiles: a recruiter gets only graduates {@link GraduateAccess} shows their company (others
 * are left out, as if unknown), contact details only where the graduate accepted one of the
 * company's proposals, and the company's own tags; staff get what their profile page shows. Every
 * cell is neutralised against formula injection ({@link CsvCells}); every exported graduate is
 * recorded in the audit log.
 */
@Service
class SelectionExport {

    static final int MAX_ROWS = 200;

    private final GraduateRepository graduates;
    private final CohortRepository cohorts;
    private final GraduateAccess access;
    private final AuditRecorder audit;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final SkillVocabulary vocabulary;

    SelectionExport(GraduateRepository graduates, CohortRepository cohorts, GraduateAccess access, AuditRecorder audit,
            JdbcTemplate jdbc, MessageSource messages, SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.graduates = graduates;
        this.cohorts = cohorts;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public String csv(Viewer viewer, List<UUID> ids, Locale locale) {
        boolean recruiter = viewer.role() == Role.RECRUITER;
        List<GraduateProfile> rows = graduates.findAllById(ids.stream().distinct().limit(MAX_ROWS).toList()).stream()
                .filter(g -> recruiter ? GraduateAccess.shownTo(g, viewer.companyId()) : viewer.staff())
                .sorted(java.util.Comparator.comparing(GraduateProfile::getDisplayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(GraduateProfile::getId))
                .toList();
        Map<UUID, String> cohortNames = new HashMap<>();
        cohorts.findAllById(rows.stream().map(GraduateProfile::getCohortId).filter(Objects::nonNull).distinct().toList())
                .forEach(c -> cohortNames.put(c.getId(), c.getName()));
        Map<UUID, List<String>> tags = recruiter ? tags(viewer.companyId(), rows) : Map.of();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("name", "headline", "city", "remote", "availableFrom", "cohort", "skills",
                    "languages", "email", "phone"));
            if (recruiter) {
                header.add("tags");
            }
            header.add("profile");
            print(csv, header.stream().map(h -> messages.getMessage("saved.csv." + h, null, h, locale)).toList());
            for (GraduateProfile g : rows) {
                boolean contact = !recruiter || access.onProposals(g, viewer.companyId()).showsContact();
                List<String> cells = new ArrayList<>(List.of(g.getDisplayName(), text(g.getHeadline()), text(g.getCity()),
                        messages.getMessage("candidates.remote." + g.getRemotePreference(), null, g.getRemotePreference().name(), locale),
                        g.getAvailableFrom() == null ? "" : g.getAvailableFrom().toString(),
                        g.getCohortId() == null ? "" : text(cohortNames.get(g.getCohortId())),
                        g.getSkills().stream().sorted(java.util.Comparator.comparing(s -> s.getSkillId()))
                                .map(s -> label(s.getSkillId(), locale) + " " + s.getLevel() + "/5").collect(Collectors.joining("; ")),
                        g.getLanguages().stream().map(l -> l.getCode() + " " + l.getLevel().name()).collect(Collectors.joining("; ")),
                        contact ? text(g.getEmail()) : "", contact ? text(g.getPhone()) : ""));
                if (recruiter) {
                    cells.add(String.join("; ", tags.getOrDefault(g.getId(), List.of())));
                }
                cells.add("/candidates/" + g.getId());
                print(csv, cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.forEach(g -> audit.exported(g.getId(), "search selection CSV"));
        return out.toString();
    }

    private Map<UUID, List<String>> tags(UUID company, List<GraduateProfile> rows) {
        Map<UUID, List<String>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<Object> args = new ArrayList<>();
        args.add(company);
        rows.forEach(g -> args.add(g.getId()));
        String marks = String.join(", ", java.util.Collections.nCopies(rows.size(), "?"));
        jdbc.query("select graduate_id, label from graduate_tag where company_id = ? and graduate_id in (" + marks + ") order by lower(label)",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> out.computeIfAbsent(rs.getObject("graduate_id", UUID.class),
                        k -> new ArrayList<>()).add(rs.getString("label")), args.toArray());
        return out;
    }

    private String label(String skillId, Locale locale) {
        try {
            return vocabulary.taxonomy().label(SkillId.of(skillId), locale);
        } catch (IllegalArgumentException e) {
            return skillId;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void print(CSVPrinter csv, List<String> cells) throws IOException {
        csv.printRecord(cells.stream().map(CsvCells::neutralise).toList());
    }

}
