package org.migracode.talent.index.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditActor;
import org.migracode.talent.index.audit.AuditFilter;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.audit.AuditRecord;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.matching.MatchService;
import org.migracode.talent.index.matching.RankedMatch;
import org.migracode.talent.index.search.GraduateHit;
import org.migracode.talent.index.search.GraduateQuery;
import org.migracode.talent.index.search.GraduateSearch;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Blocked companies, erasure and retention on the real database and index. */
@IntegrationTest
class PrivacyIT extends IndexTestBase {

    static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID BILAL = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    @Autowired UserAccountRepository accounts;
    @Autowired GraduateSearch search;
    @Autowired MatchService matches;
    @Autowired GraduateErasure erasure;
    @Autowired PersonalDataExport export;
    @Autowired AuditLog audit;
    @Autowired GraduateErasure graduateErasure;
    @Autowired PlatformTransactionManager transactions;

    UUID blocked;
    UUID other;
    UUID blockedListing;
    UUID otherListing;

    @BeforeEach
    void seed() {
        resetData();
        tx.executeWithoutResult(s -> {
            blocked = companies.save(new Company(UUID.randomUUID(), "Former Employer SL", "Barcelona")).getId();
            other = companies.save(new Company(UUID.randomUUID(), "Blau Labs", "Barcelona")).getId();
            var anna = graduate("Anna").id(ANNA).withSkill("react", 4).withSkill("javascript", 4).build();
            anna.blockCompany(blocked);
            graduates.saveAll(List.of(anna, graduate("Bilal").id(BILAL).withSkill("react", 3).withSkill("javascript", 3).build()));
            blockedListing = listings.save(openListing(blocked)).getId();
            otherListing = listings.save(openListing(other)).getId();
            accounts.save(new UserAccount(UUID.randomUUID(), "anna", "Anna", Role.GRADUATE, null, ANNA));
        });
    }

    private static Listing openListing(UUID company) {
        Listing l = new Listing(UUID.randomUUID(), company, ListingType.JOB, "Junior React Developer");
        l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("javascript", 2)));
        l.open();
        return l;
    }

    private List<UUID> searchAs(UUID company) {
        return search.search(GraduateQuery.builder().text("react").viewerCompany(company).build()).items().stream()
                .map(GraduateHit::id).toList();
    }

    private List<String> matchedGraduates(UUID listing) {
        return matches.candidatesForListing(listing, 10).orElseThrow().matches().stream().map(RankedMatch::graduateId).toList();
    }

    @Test
    void aBlockedCompanyNeverFindsTheGraduateInSearchOrMatches() {
        assertThat(searchAs(blocked)).containsExactly(BILAL);
        assertThat(searchAs(other)).containsExactlyInAnyOrder(ANNA, BILAL);
        assertThat(matchedGraduates(blockedListing)).containsExactly(BILAL.toString());
        assertThat(matchedGraduates(otherListing)).containsExactlyInAnyOrder(ANNA.toString(), BILAL.toString());
        // and the graduate is not offered the blocked company's listings
        assertThat(matches.listingsForGraduate(ANNA, 10).orElseThrow().matches()).extracting(RankedMatch::listingId)
                .containsExactly(otherListing.toString());
    }

    @Test
    void unblockingTakesEffectInTheIndex() {
        tx.executeWithoutResult(s -> graduates.findById(ANNA).orElseThrow().unblockCompany(blocked));
        assertThat(searchAs(blocked)).containsExactlyInAnyOrder(ANNA, BILAL);
    }

    @Test
    void erasureRemovesThePersonFromDatabaseIndexAndExportAndLogsItWithoutNamingThem() {
        AuditActor recruiter = new AuditActor(UUID.randomUUID(), "RECRUITER", other);
        audit.record(recruiter, AuditRecord.of(AuditAction.PROFILE_VIEWED, ANNA));
        assertThat(export.export(ANNA)).isPresent();

        AuditActor admin = new AuditActor(UUID.randomUUID(), "ADMIN", null);
        assertThat(erasure.erase(ANNA, ErasureReason.ADMIN_ON_REQUEST, admin)).isTrue();

        assertThat(jdbc.queryForObject("select count(*) from graduate_profile where id = ?", Integer.class, ANNA)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_account where graduate_id = ? or username = 'anna'",
                Integer.class, ANNA)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from graduate_blocked_company where graduate_id = ?", Integer.class, ANNA))
                .isZero();
        // staff search (no consent filter) by name and by skill: gone from the index
        assertThat(search.search(GraduateQuery.builder().text("Anna").viewerMayOnlySeeConsenting(false).build()).items())
                .extracting(GraduateHit::id).doesNotContain(ANNA);
        assertThat(searchAs(other)).containsExactly(BILAL);
        assertThat(matchedGraduates(otherListing)).containsExactly(BILAL.toString());
        assertThat(export.export(ANNA)).isEmpty();
        assertThat(audit.about(ANNA)).isEmpty();
        // the view stays in the log, about nobody; the erasure is logged without personal data
        var views = audit.query(new AuditFilter(recruiter.accountId(), null, AuditAction.PROFILE_VIEWED, null, null), 0, 10);
        assertThat(views.entries()).singleElement().satisfies(e -> assertThat(e.graduateId()).isNull());
        // this admin's (the log outlives the test data, and other classes erase graduates too)
        var erasures = audit.query(new AuditFilter(admin.accountId(), null, AuditAction.ADMIN_ERASURE, null, null), 0, 10).entries();
        assertThat(erasures).singleElement().satisfies(e -> {
            assertThat(e.graduateId()).isNull();
            assertThat(e.detail()).doesNotContain("Anna").doesNotContain(ANNA.toString());
        });
        // idempotent
        assertThat(erasure.erase(ANNA, ErasureReason.ADMIN_ON_REQUEST, AuditActor.SYSTEM)).isFalse();
    }

    @Test
    void exportHasTheProfileAndEveryContributorsSection() {
        Map<String, Object> data = export.export(ANNA).orElseThrow();
        assertThat(data).containsKeys("exportedAt", "profile", "auditEntries", "fairnessDeclaration");
        var profile = (PersonalDataExport.ProfileData) data.get("profile");
        assertThat(profile.displayName()).isEqualTo("Anna");
        assertThat(profile.blockedCompanies()).containsExactly(blocked);
    }

    @Test
    void inactiveProfilesAreFlaggedThenAnonymisedAfterTheGracePeriodIdempotently() {
        Instant now = Instant.parse("2027-06-01T10:00:00Z");
        jdbc.update("update graduate_profile set last_active_at = ? where id = ?",
                java.sql.Timestamp.from(now.atOffset(ZoneOffset.UTC).minusMonths(25).toInstant()), ANNA);
        jdbc.update("update graduate_profile set last_active_at = ? where id = ?",
                java.sql.Timestamp.from(now.atOffset(ZoneOffset.UTC).minusMonths(23).toInstant()), BILAL);
        RetentionProperties props = new RetentionProperties(java.time.Period.ofMonths(24), java.time.Period.ofMonths(3), 1, "-");

        Retention today = retention(props, now);
        assertThat(today.run()).isEqualTo(new Retention.RunResult(1, 0));
        assertThat(today.run()).isEqualTo(new Retention.RunResult(0, 0));
        assertThat(today.flagged(10)).extracting(RetentionCandidate::graduateId).containsExactly(ANNA);

        // two months later: still within the grace period
        Retention later = retention(props, now.plus(61, ChronoUnit.DAYS));
        assertThat(later.run()).isEqualTo(new Retention.RunResult(1, 0)); // Bilal turned 24 months inactive meanwhile
        // Bilal signs in: flag cleared
        later.markActive(BILAL);
        assertThat(later.flagged(10)).extracting(RetentionCandidate::graduateId).containsExactly(ANNA);

        Retention afterGrace = retention(props, now.plus(95, ChronoUnit.DAYS));
        assertThat(afterGrace.anonymiseDue()).isEqualTo(1);
        assertThat(afterGrace.anonymiseDue()).isZero();
        assertThat(graduates.existsById(ANNA)).isFalse();
        assertThat(graduates.existsById(BILAL)).isTrue();
        assertThat(audit.query(new AuditFilter(null, null, AuditAction.RETENTION_ANONYMISED, null, null), 0, 10).total())
                .isEqualTo(1);
    }

    @Test
    void anonymisationWorksInBatchesAndAnInterruptedRunIsPickedUpByTheNext() {
        Instant now = Instant.parse("2027-06-01T10:00:00Z");
        jdbc.update("update graduate_profile set last_active_at = ?, retention_flagged_at = ?",
                java.sql.Timestamp.from(now.minus(900, ChronoUnit.DAYS)), java.sql.Timestamp.from(now.minus(200, ChronoUnit.DAYS)));
        RetentionProperties props = new RetentionProperties(java.time.Period.ofMonths(24), java.time.Period.ofMonths(3), 1, "-");
        // an erasure that fails on the second profile simulates a crash mid-run: the first batch stays committed
        GraduateErasure failing = new GraduateErasure(null, jdbc, List.of(), audit, null) {
            int calls;

            @Override
            public boolean erase(UUID id, ErasureReason reason, AuditActor actor) {
                if (++calls > 1) {
                    throw new IllegalStateException("crash");
                }
                return graduateErasure.erase(id, reason, actor);
            }
        };
        Retention crashing = new Retention(jdbc, failing, props, transactions, Clock.fixed(now, ZoneOffset.UTC));
        try {
            crashing.anonymiseDue();
        } catch (IllegalStateException expected) {
            // the run stopped
        }
        assertThat(graduates.count()).isEqualTo(1);
        assertThat(retention(props, now).anonymiseDue()).isEqualTo(1);
        assertThat(graduates.count()).isZero();
    }

    private Retention retention(RetentionProperties props, Instant at) {
        return new Retention(jdbc, graduateErasure, props, transactions, Clock.fixed(at, ZoneOffset.UTC));
    }
}
