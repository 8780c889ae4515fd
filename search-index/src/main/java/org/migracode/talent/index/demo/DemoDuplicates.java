package org.migracode.talent.index.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.migracode.talent.index.demo.DemoRecords.Cohort;
import org.migracode.talent.index.demo.DemoRecords.Graduate;
import org.migracode.talent.index.duplicates.DuplicateDetector;
import org.migracode.talent.index.duplicates.DuplicateReason;
import org.migracode.talent.index.duplicates.PersonRecord;

/**
 * A few people recorded twice, as happens when someone enrols again or is typed in by hand, so
 * that the staff's duplicates queue has work on a fresh demo: the same e-mail address in other
 * letter case (and the name written surname first), "Mohammad" and "Muhammad", "Nguyễn Thị Hoa"
 * and "Hoa Thi Nguyen", and the same phone number without its country prefix. Each pair is two
 * graduates of one cohort (the copy {@link #offset(DemoSizes)} places after the original); the
 * generator changes only their names, e-mail addresses or phone numbers, so no count changes. The
 * queue's rows are what the real detector says about each pair ({@link DuplicateDetector}).
 *
 * <p>Deterministic: which graduates, and how, depends only on the sizes; graduates 0 and 1 (the
 * demo logins) are never touched. A data set too small for a pair leaves it out.
 */
final class DemoDuplicates {

    /** How the copy differs from the original. */
    enum Kind {
        /** The same address in other letter case; the name surname first. */
        EMAIL_CASE,
        /** "Mohammad" and "Muhammad", same surname, same cohort. */
        TRANSLITERATED,
        /** Vietnamese name with and without its accents, in another word order. */
        ACCENTS,
        /** The same mobile number with and without +34; the copy adds a second surname. */
        PHONE
    }

    /** One person recorded twice: graduate indices. */
    record Twin(int original, int copy, Kind kind) {
    }

    /** The first original; 0 and 1 are the demo graduate logins. */
    static final int FIRST_ORIGINAL = 2;

    private final DemoSizes sizes;
    private final List<Twin> twins;

    DemoDuplicates(DemoSizes sizes) {
        this.sizes = sizes;
        List<Twin> list = new ArrayList<>();
        int offset = offset(sizes);
        for (Kind kind : Kind.values()) {
            int original = FIRST_ORIGINAL + kind.ordinal();
            int copy = original + offset;
            if (copy < sizes.graduates()) {
                list.add(new Twin(original, copy, kind));
            }
        }
        this.twins = List.copyOf(list);
    }

    /** The smallest multiple of the number of cohorts past every original: the copy is in the original's cohort. */
    static int offset(DemoSizes sizes) {
        int needed = FIRST_ORIGINAL + Kind.values().length;
        return sizes.cohorts() * ((needed + sizes.cohorts() - 1) / sizes.cohorts());
    }

    List<Twin> twins() {
        return twins;
    }

    /**
     * The graduate as the demo stores it: {@code generated} itself unless it is half of a pair.
     *
     * @param generatedOf the generator's graduate of an index before this adjustment
     */
    Graduate adjust(int index, Graduate generated, IntFunction<Graduate> generatedOf) {
        for (Twin t : twins) {
            if (t.original() == index) {
                return original(t, generated);
            }
            if (t.copy() == index) {
                return copy(t, generated, original(t, generatedOf.apply(t.original())));
            }
        }
        return generated;
    }

    private Graduate original(Twin t, Graduate g) {
        return switch (t.kind()) {
            case TRANSLITERATED -> renamed(g, "Mohammad Rostami", t.original());
            case ACCENTS -> renamed(g, "Nguyễn Thị Hoa", t.original());
            default -> g;
        };
    }

    private Graduate copy(Twin t, Graduate g, Graduate original) {
        return switch (t.kind()) {
            case EMAIL_CASE -> {
                String[] words = original.displayName().split(" ");
                String reversed = words[words.length - 1] + ", " + String.join(" ", List.of(words).subList(0, words.length - 1));
                yield with(g, reversed, mixedCase(original.email()), g.phone());
            }
            case TRANSLITERATED -> renamed(g, "Muhammad Rostami", t.copy());
            case ACCENTS -> renamed(g, "Hoa Thi Nguyen", t.copy());
            case PHONE -> {
                String[] words = g.displayName().split(" ");
                String name = original.displayName() + " " + words[words.length - 1];
                yield with(g, name, email(name, t.copy()), original.phone().replace("+34", "").replace(" ", ""));
            }
        };
    }

    /** The queue's rows: each pair with the reasons the detector finds (none: left out). */
    void write(Connection c, DemoDataGenerator generator) throws SQLException {
        DuplicateDetector detector = new DuplicateDetector();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into duplicate_pair (id, graduate_a, graduate_b, reasons, status)
                values (?, least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?, 'OPEN')""")) {
            int i = 0;
            for (Twin t : twins) {
                Graduate a = generator.graduate(t.original());
                Graduate b = generator.graduate(t.copy());
                Set<DuplicateReason> reasons = detector.reasons(person(a, generator), person(b, generator));
                if (reasons.isEmpty()) {
                    continue;
                }
                ps.setObject(1, generator.id("duplicate-pair", i++));
                ps.setObject(2, a.id());
                ps.setObject(3, b.id());
                ps.setObject(4, a.id());
                ps.setObject(5, b.id());
                ps.setString(6, String.join(",", reasons.stream().map(Enum::name).sorted().toList()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static PersonRecord person(Graduate g, DemoDataGenerator generator) {
        LocalDate start = generator.cohorts().stream().filter(c -> c.id().equals(g.cohortId())).map(Cohort::startDate)
                .findFirst().orElse(null);
        return new PersonRecord(g.id(), g.displayName(), g.email(), g.phone(), start);
    }

    private static Graduate renamed(Graduate g, String name, int index) {
        return with(g, name, email(name, index), g.phone());
    }

    /** The generator's address for a name: {@code first.last.<index>@example.org}. */
    static String email(String name, int index) {
        return DemoDataGenerator.slug(name).replace('-', '.') + "." + index + "@example.org";
    }

    /** "amina.diallo.2@example.org" as someone typed it again: "Amina.Diallo.2@Example.ORG". */
    static String mixedCase(String email) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char ch : email.toCharArray()) {
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == '.' || ch == '@';
        }
        String s = out.toString();
        int dot = s.lastIndexOf('.');
        return s.substring(0, dot + 1) + s.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    private static Graduate with(Graduate g, String name, String email, String phone) {
        return new Graduate(g.id(), g.cohortId(), name, g.headline(), g.summary(), email, phone, g.city(), g.remote(),
                g.availableFrom(), g.wantsJob(), g.wantsInternship(), g.visibleToEmployers(), g.active(), g.skills(), g.languages(),
                g.projects());
    }
}
