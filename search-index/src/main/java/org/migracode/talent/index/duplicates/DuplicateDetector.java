package org.migracode.talent.index.duplicates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether two graduate records may be one person. The same e-mail address or phone number
 * is enough wherever the records are; a name alone only within the same or a nearby cohort (start
 * dates at most {@link #NEARBY_COHORT_DAYS} apart, or either record without a cohort), because
 * common names repeat across a school's years. The answer is a suggestion for a person to review,
 * never a merge. Pure: no database, no clock.
 */
public final class DuplicateDetector {

    /** How far apart two cohorts may start and still count as nearby (a repeated or resumed course). */
    public static final long NEARBY_COHORT_DAYS = 400;

    /** A likely duplicate of the subject, with every reason found. */
    public record Likely(PersonRecord other, Set<DuplicateReason> reasons) {
    }

    /** The reasons {@code a} and {@code b} may be one person; empty when none (or when they are the same record). */
    public Set<DuplicateReason> reasons(PersonRecord a, PersonRecord b) {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        if (a.id().equals(b.id())) {
            return reasons;
        }
        String emailA = ContactKeys.email(a.email());
        if (emailA != null && emailA.equals(ContactKeys.email(b.email()))) {
            reasons.add(DuplicateReason.EMAIL);
        }
        if (ContactKeys.samePhone(a.phone(), b.phone())) {
            reasons.add(DuplicateReason.PHONE);
        }
        if (nearby(a.cohortStart(), b.cohortStart()) && sameName(a.displayName(), b.displayName())) {
            reasons.add(DuplicateReason.NAME);
        }
        return reasons;
    }

    /** Every record among {@code others} that may be the subject, in the order given. */
    public List<Likely> find(PersonRecord subject, Collection<PersonRecord> others) {
        Objects.requireNonNull(subject, "subject");
        List<Likely> found = new ArrayList<>();
        for (PersonRecord other : others) {
            Set<DuplicateReason> reasons = reasons(subject, other);
            if (!reasons.isEmpty()) {
                found.add(new Likely(other, reasons));
            }
        }
        return found;
    }

    /**
     * Names are the same when their folded words are, in any order; or when the whole names are,
     * written together ("Al-Haddad" and "Alhaddad"); or when the shorter name has at
     * least two words and all of them are in the longer one ("Mohamed Ali" and "Muhammad Ali Hassan").
     */
    public static boolean sameName(String a, String b) {
        List<String> x = NameFolding.keys(a);
        List<String> y = NameFolding.keys(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y) || NameFolding.joined(a).equals(NameFolding.joined(b))) {
            return true;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        if (shorter.size() < 2) {
            return false;
        }
        List<String> rest = new ArrayList<>(longer);
        for (String word : shorter) {
            if (!rest.remove(word)) {
                return false;
            }
        }
        return true;
    }

    static boolean nearby(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= NEARBY_COHORT_DAYS;
    }
}
