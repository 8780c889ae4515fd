package org.migracode.talent.index.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure rules of duplicate detection: names, e-mail addresses, phone numbers, cohorts. */
class DuplicateDetectorTests {

    private final DuplicateDetector detector = new DuplicateDetector();

    private static PersonRecord person(String name, String email, String phone, LocalDate cohortStart) {
        return new PersonRecord(UUID.randomUUID(), name, email, phone, cohortStart);
    }

    @Test
    void transliterationsOfOneNameAreTheSameName() {
        for (String other : new String[] {"Muhammad Ali", "Mohamed Ali", "Mohammed Ali", "ALI, Mohamad", "Mohammad  Ali"}) {
            assertThat(DuplicateDetector.sameName("Mohammad Ali", other)).as(other).isTrue();
        }
        assertThat(DuplicateDetector.sameName("Nguyễn Văn An", "Nguyen Van An")).isTrue();
        assertThat(DuplicateDetector.sameName("An Nguyen Van", "nguyễn văn an")).isTrue();
        assertThat(DuplicateDetector.sameName("Youssef El Amrani", "Yusuf El-Amrani")).isTrue();
        assertThat(DuplicateDetector.sameName("José Martínez", "Jose Martinez")).isTrue();
        assertThat(DuplicateDetector.sameName("Mohamed Ali", "Muhammad Ali Hassan")).isTrue();
        assertThat(DuplicateDetector.sameName("Omar Al-Haddad", "Omar Alhaddad")).isTrue();
    }

    @Test
    void differentNamesStayApart() {
        assertThat(DuplicateDetector.sameName("Mahmoud Ali", "Mohamed Ali")).isFalse();
        assertThat(DuplicateDetector.sameName("Ali", "Ali Hassan")).isFalse();
        assertThat(DuplicateDetector.sameName("Nguyen Van An", "Nguyen Van Binh")).isFalse();
        assertThat(DuplicateDetector.sameName("Fatima Zahra", "Amina Zahra")).isFalse();
        assertThat(DuplicateDetector.sameName("", "Ali")).isFalse();
        assertThat(DuplicateDetector.sameName("  ", "")).isFalse();
        assertThat(NameFolding.keys("Mohammad")).isEqualTo(NameFolding.keys("Muhammad"));
        assertThat(NameFolding.keys("Nguyễn")).isEqualTo(NameFolding.keys("Nguyen"));
    }

    @Test
    void emailsCompareWithoutCaseAndGmailDotsOrTags() {
        assertThat(ContactKeys.email(" Farah.K@Example.org ")).isEqualTo("farah.k@example.org");
        assertThat(ContactKeys.email("farah.k+jobs@gmail.com")).isEqualTo(ContactKeys.email("FarahK@googlemail.com"));
        assertThat(ContactKeys.email("farah.k@example.org")).isNotEqualTo(ContactKeys.email("farahk@example.org"));
        assertThat(ContactKeys.email("not-an-address")).isNull();
    }

    @Test
    void phonesCompareByDigitsWithOrWithoutCountryPrefix() {
        assertThat(ContactKeys.samePhone("+34 600 123 456", "600123456")).isTrue();
        assertThat(ContactKeys.samePhone("0034-600-123-456", "(+34) 600 12 34 56")).isTrue();
        assertThat(ContactKeys.samePhone("600123456", "600123457")).isFalse();
        assertThat(ContactKeys.samePhone("12345", "12345")).as("too short to mean anything").isFalse();
        assertThat(ContactKeys.samePhone("+44 7700 600123456", "600123456")).as("more than a country prefix").isFalse();
    }

    @Test
    void aNameMatchesOnlyInTheSameOrANearbyCohortButContactAnywhere() {
        LocalDate spring2024 = LocalDate.of(2024, 3, 1);
        PersonRecord a = person("Mohammad Ali", null, null, spring2024);
        assertThat(detector.reasons(a, person("Muhammad Ali", null, null, LocalDate.of(2024, 9, 1)))).containsExactly(DuplicateReason.NAME);
        assertThat(detector.reasons(a, person("Muhammad Ali", null, null, null))).containsExactly(DuplicateReason.NAME);
        assertThat(detector.reasons(a, person("Muhammad Ali", null, null, LocalDate.of(2021, 3, 1)))).isEmpty();

        PersonRecord withContact = person("M. A.", "mo.ali@gmail.com", "+34 611 222 333", spring2024);
        PersonRecord far = person("Someone Else", "moali@gmail.com", "611222333", LocalDate.of(2019, 1, 1));
        assertThat(detector.reasons(withContact, far)).containsExactlyInAnyOrder(DuplicateReason.EMAIL, DuplicateReason.PHONE);
        assertThat(detector.reasons(withContact, withContact)).as("a record is not its own duplicate").isEmpty();
    }

    @Test
    void theLedgerKeepsAnyTextThroughEncoding() {
        MergeLedger ledger = new MergeLedger().add("project", "Tienda, con comas\ny = líneas").add("skill", "react").add("skill", "sql");
        MergeLedger back = MergeLedger.decode(ledger.encode());
        assertThat(back.get("project")).containsExactly("Tienda, con comas\ny = líneas");
        assertThat(back.get("skill")).containsExactly("react", "sql");
        assertThat(back.one("missing")).isNull();
    }
}
