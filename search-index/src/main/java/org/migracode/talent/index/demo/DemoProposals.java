package org.migracode.talent.index.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.migracode.talent.index.demo.DemoRecords.Account;
import org.migracode.talent.index.demo.DemoRecords.Graduate;
import org.migracode.talent.index.demo.DemoRecords.Listing;
import org.migracode.talent.index.demo.DemoRecords.RequiredSkill;
import org.migracode.talent.index.demo.DemoRecords.Skill;
import org.migracode.talent.index.proposals.DeclineReason;
import org.migracode.talent.index.proposals.ProposalOrigin;
import org.migracode.talent.index.proposals.ProposalParty;
import org.migracode.talent.index.proposals.ProposalRules;
import org.migracode.talent.index.proposals.ProposalStage;

/**
 * Demo match proposals with believable histories, spread over the months before the reference
 * date: coaches propose the graduates whose skills fit a listing best, recruiters sometimes mark
 * interest themselves, employers answer within days (sometimes not for weeks), about half of the
 * proposals reach an interview and some end in a hire; proposals of closed listings end as
 * LISTING_CLOSED. The demo recruiter's company and the demo graduate always get a few, so that the
 * coach board, the recruiter inbox, the graduate's inbox and the funnel reports have data. No
 * graduate has accepted a proposal of the demo recruiter's company yet, so that recruiter sees no
 * contact details until someone accepts during the demo. The demo graduate is the first demo
 * graduate login whose profile employers may see ({@link #demoGraduate()}).
 *
 * <p>Deterministic: the same seed, sizes and reference date give the same rows. Every step is
 * checked against {@link ProposalRules}, so the demo never shows a move the product forbids.
 * It reads at most {@value #POOL} graduates, so a benchmark-sized data set costs no more.
 */
final class DemoProposals {

    static final int POOL = 600;
    private static final String[] COACH_NOTES = {
            "Strong portfolio for this role; very motivated and available soon.",
            "Finished the course top of the class in React. Happy to arrange a call.",
            "Good match on the required skills; her Spanish is improving fast.",
            "He built a full-stack project that is close to what you do.",
            "Recommended by our mentors; reliable and curious.",
            "Buen encaje con los requisitos; disponible para empezar pronto.",
            "Bon encaix amb el lloc; té ganes d'aprendre."};
    private static final Map<ProposalStage, String> EMPLOYER_NOTES = Map.of(
            ProposalStage.EMPLOYER_INTERESTED, "Interesting profile, we would like to talk.",
            ProposalStage.INTERVIEWING, "Invited to a first interview on Tuesday.",
            ProposalStage.OFFER, "Technical interview went well: offer sent, junior position.",
            ProposalStage.HIRED, "Offer accepted, welcome to the team!");

    private final DemoDataGenerator generator;
    private final LocalDate referenceDate;
    private final Instant now;
    private final Random random;
    private final List<Account> coaches;
    private final Map<UUID, UUID> recruiterOfCompany = new HashMap<>();

    DemoProposals(DemoDataGenerator generator, LocalDate referenceDate, long seed) {
        this.generator = generator;
        this.referenceDate = referenceDate;
        this.now = referenceDate.atStartOfDay().toInstant(ZoneOffset.UTC);
        this.random = new Random(new SplittableRandom(seed ^ 0x70726F706F73616CL).nextLong());
        List<Account> staff = new ArrayList<>();
        for (Account a : generator.accounts()) {
            if (a.role().equals("COACH")) {
                staff.add(a);
            }
            if (a.role().equals("RECRUITER")) {
                recruiterOfCompany.put(a.companyId(), a.id());
            }
        }
        staff.addAll(extraCoaches());
        this.coaches = List.copyOf(staff);
    }

    /** Two more coaches of the school, so that the board's coach filter has choices. They cannot sign in (disabled, no password). */
    List<Account> extraCoaches() {
        return List.of(
                new Account(id("coach", 1), "marta.coach", null, "Marta Coach", "COACH", null, null),
                new Account(id("coach", 2), "joan.coach", null, "Joan Coach", "COACH", null, null));
    }

    private UUID id(String kind, int index) {
        return UUID.nameUUIDFromBytes(("demo-proposals/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8));
    }

    // --- generation ---------------------------------------------------------------------------

    /** One proposal with its history, ready to store. */
    record DemoProposal(UUID id, UUID graduateId, UUID listingId, UUID companyId, ProposalOrigin origin, UUID createdBy,
            UUID coachId, Instant coachConfirmedAt, String note, ProposalStage stage, DeclineReason declineReason,
            String response, Instant answeredAt, Instant createdAt, Instant stageChangedAt, List<Step> steps) {
    }

    /** One history entry. */
    record Step(ProposalStage from, ProposalStage to, UUID actor, String note, Instant at) {
    }

    List<DemoProposal> generate() {
        List<Graduate> pool = pool();
        Graduate demoGraduate = demoGraduate();
        UUID demoCompany = generator.companies().get(0).id();
        UUID secondCompany = generator.companies().get(1).id();
        List<DemoProposal> out = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        boolean demoGraduateVisible = demoGraduate.visibleToEmployers() && demoGraduate.active();
        boolean demoGraduateInCompany = false;
        boolean demoGraduateInSecond = false;
        int ownOpen = 0;
        int index = 0;
        for (Listing listing : generator.listings()) {
            if (listing.status().equals("DRAFT")) {
                continue;
            }
            boolean open = listing.status().equals("OPEN");
            boolean ownCompany = listing.companyId().equals(demoCompany);
            int count = ownCompany && open ? 4 + random.nextInt(2) : random.nextInt(100) < 25 ? 0 : 1 + random.nextInt(4);
            List<Graduate> best = bestFor(listing, pool, 10);
            java.util.Collections.shuffle(best, random);
            List<Graduate> chosen = new ArrayList<>();
            boolean withDemoGraduate = demoGraduateVisible && open
                    && (ownCompany && !demoGraduateInCompany || listing.companyId().equals(secondCompany) && !demoGraduateInSecond);
            if (withDemoGraduate) {
                chosen.add(demoGraduate);
                count = Math.max(count, 1);
            }
            for (Graduate g : best) {
                if (chosen.size() >= count) {
                    break;
                }
                if (!g.id().equals(demoGraduate.id())) {
                    chosen.add(g);
                }
            }
            int slot = 0;
            for (Graduate g : chosen) {
                if (!pairs.add(g.id() + "/" + listing.id())) {
                    continue;
                }
                DemoProposal p;
                if (g.id().equals(demoGraduate.id()) && ownCompany) {
                    // the demo graduate has an answer to give, and the demo recruiter will see the contact once they accept
                    p = scripted(index, g, listing, ProposalOrigin.COACH, List.of(ProposalStage.EMPLOYER_INTERESTED), "PENDING", 5);
                    demoGraduateInCompany = true;
                } else if (g.id().equals(demoGraduate.id())) {
                    p = scripted(index, g, listing, ProposalOrigin.COACH,
                            List.of(ProposalStage.EMPLOYER_INTERESTED, ProposalStage.INTERVIEWING), "ACCEPTED", 12);
                    demoGraduateInSecond = true;
                } else if (ownCompany && open && ownOpen < 2) {
                    // the demo recruiter's inbox: one overdue, one to confirm, one interviewing, one fresh
                    p = switch (slot++) {
                        case 0 -> scripted(index, g, listing, ProposalOrigin.COACH, List.of(), "PENDING", 10);
                        case 1 -> scripted(index, g, listing, ProposalOrigin.RECRUITER, null, "PENDING", 1);
                        case 2 -> scripted(index, g, listing, ProposalOrigin.COACH,
                                List.of(ProposalStage.EMPLOYER_INTERESTED, ProposalStage.INTERVIEWING), "PENDING", 20);
                        case 3 -> scripted(index, g, listing, ProposalOrigin.COACH, List.of(), "PENDING", 2);
                        default -> simulate(index, g, listing, open);
                    };
                } else {
                    p = simulate(index, g, listing, open);
                }
                out.add(p);
                index++;
            }
            if (ownCompany && open) {
                ownOpen++;
            }
        }
        return out;
    }

    /**
     * The demo graduate who gets proposals: the first of the two demo graduate logins whose profile
     * is shown to employers (a graduate who hides it cannot be proposed; with the default seed that
     * is {@code graduate2}).
     */
    Graduate demoGraduate() {
        Graduate first = generator.graduate(0);
        Graduate second = generator.graduate(1);
        return first.visibleToEmployers() && first.active() || !(second.visibleToEmployers() && second.active()) ? first : second;
    }

    /** Graduates who may be proposed (consenting and active), at most {@value #POOL} of them, spread over all indices. */
    private List<Graduate> pool() {
        int total = generator.sizes().graduates();
        int step = Math.max(1, total / POOL);
        List<Graduate> out = new ArrayList<>();
        for (int i = 0; i < total && out.size() < POOL; i += step) {
            Graduate g = generator.graduate(i);
            if (g.visibleToEmployers() && g.active()) {
                out.add(g);
            }
        }
        return out;
    }

    /** The {@code n} graduates whose skills cover the listing's requirements best (a rough stand-in for the matcher). */
    private static List<Graduate> bestFor(Listing listing, List<Graduate> pool, int n) {
        Map<Graduate, Integer> score = new LinkedHashMap<>();
        for (Graduate g : pool) {
            Map<String, Integer> levels = new HashMap<>();
            for (Skill s : g.skills()) {
                levels.put(s.skillId(), s.level());
            }
            int points = 0;
            for (RequiredSkill r : listing.required()) {
                int level = levels.getOrDefault(r.skillId(), 0);
                points += level >= r.minLevel() ? 10 : level > 0 ? 4 : 0;
            }
            for (String nice : listing.niceToHave()) {
                points += levels.containsKey(nice) ? 2 : 0;
            }
            score.put(g, points);
        }
        List<Graduate> sorted = new ArrayList<>(score.keySet());
        sorted.sort(Comparator.comparing((Graduate g) -> -score.get(g)).thenComparing(g -> g.id().toString()));
        return new ArrayList<>(sorted.subList(0, Math.min(n, sorted.size())));
    }

    /** A proposal that walks the pipeline at random, as real ones do. */
    private DemoProposal simulate(int index, Graduate g, Listing listing, boolean open) {
        ProposalOrigin origin = random.nextInt(100) < 80 ? ProposalOrigin.COACH : ProposalOrigin.RECRUITER;
        Instant created = now.minus(Duration.ofDays(3 + random.nextInt(170))).plus(Duration.ofMinutes(8 * 60 + random.nextInt(9 * 60)));
        Builder b = new Builder(index, g, listing, origin, created);
        boolean confirmed = true;
        if (origin == ProposalOrigin.RECRUITER) {
            Instant confirmAt = created.plus(Duration.ofHours(2 + random.nextInt(70)));
            // only a recent request may still wait for the school's confirmation
            confirmed = confirmAt.isBefore(now) && (random.nextInt(100) >= 25 || Duration.between(created, now).toDays() > 6);
            if (confirmed) {
                b.confirm(confirmAt);
            }
        }
        // the graduate answers (mostly yes) within a few days
        int answer = random.nextInt(100);
        Instant answerAt = b.lastAt.plus(Duration.ofHours(6 + random.nextInt(96)));
        if (answer < 70 && answerAt.isBefore(now)) {
            b.accept(answerAt);
        }
        int[][] odds = {
                // withdraw, decline, stay, otherwise next
                {8, 22, 10},  // PROPOSED
                {6, 20, 8},   // EMPLOYER_INTERESTED
                {6, 36, 8},   // INTERVIEWING
                {10, 5, 8}};  // OFFER
        while (confirmed && !b.stage.isFinal()) {
            int step = ProposalRules.PIPELINE.indexOf(b.stage);
            int[] o = odds[step];
            int slow = random.nextInt(100) < 15 ? 10 + random.nextInt(20) : 0;
            Instant at = b.lastAt.plus(Duration.ofHours(20 + random.nextInt(24 * 9) + slow * 24L));
            if (at.isAfter(now)) {
                break; // still waiting today
            }
            int x = random.nextInt(100);
            if (x < o[0]) {
                b.move(ProposalStage.WITHDRAWN_BY_GRADUATE, ProposalParty.GRADUATE, null, at);
            } else if (x < o[0] + o[1]) {
                b.move(ProposalStage.DECLINED_BY_EMPLOYER, ProposalParty.EMPLOYER, null, at);
            } else if (x < o[0] + o[1] + o[2] && Duration.between(b.lastAt, now).toDays() < 21) {
                break; // open, waiting (only recent ones: an old proposal has had its answer)
            } else {
                if (b.stage == ProposalStage.PROPOSED && !"ACCEPTED".equals(b.response) && random.nextBoolean()) {
                    b.accept(at.minus(Duration.ofHours(2)));
                }
                b.move(ProposalRules.PIPELINE.get(step + 1), ProposalParty.EMPLOYER, null, at);
            }
        }
        if (!open && !b.stage.isFinal()) {
            Instant closedAt = b.lastAt.plus(Duration.ofDays(1 + random.nextInt(20)));
            b.move(ProposalStage.LISTING_CLOSED, ProposalParty.LISTING, null, closedAt.isAfter(now) ? now.minusSeconds(3600) : closedAt);
        }
        return b.build();
    }

    /**
     * A recent proposal moved by the employer through {@code stages}, with the graduate's answer;
     * a recruiter's interest with {@code stages == null} still awaits a coach.
     */
    private DemoProposal scripted(int index, Graduate g, Listing listing, ProposalOrigin origin, List<ProposalStage> stages,
            String response, int daysAgo) {
        Instant created = now.minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(10));
        Builder b = new Builder(index, g, listing, origin, created);
        if (stages == null) {
            return b.build();
        }
        if (origin == ProposalOrigin.RECRUITER) {
            b.confirm(created.plus(Duration.ofHours(3)));
        }
        Instant at = created;
        for (ProposalStage s : stages) {
            at = at.plus(Duration.ofDays(2));
            if (s == ProposalStage.INTERVIEWING && "ACCEPTED".equals(response)) {
                b.accept(at.minus(Duration.ofHours(5)));
            }
            b.move(s, ProposalParty.EMPLOYER, null, at);
        }
        return b.build();
    }

    /** Builds one proposal step by step, refusing any move {@link ProposalRules} forbids. */
    private final class Builder {
        final int index;
        final Graduate graduate;
        final Listing listing;
        final ProposalOrigin origin;
        final Instant created;
        final UUID coach;
        final UUID recruiter;
        final String note;
        final List<Step> steps = new ArrayList<>();
        ProposalStage stage;
        Instant lastAt;
        Instant confirmedAt;
        UUID confirmedBy;
        String response = "PENDING";
        Instant answeredAt;
        DeclineReason reason;

        Builder(int index, Graduate graduate, Listing listing, ProposalOrigin origin, Instant created) {
            this.index = index;
            this.graduate = graduate;
            this.listing = listing;
            this.origin = origin;
            this.created = created;
            this.coach = coaches.get(random.nextInt(coaches.size())).id();
            this.recruiter = recruiterOfCompany.get(listing.companyId());
            this.stage = ProposalRules.initialStage(origin);
            this.lastAt = created;
            this.note = origin == ProposalOrigin.COACH ? COACH_NOTES[random.nextInt(COACH_NOTES.length)]
                    : "We like this profile for our team.";
            steps.add(new Step(null, stage, origin == ProposalOrigin.COACH ? coach : recruiter, note, created));
            if (origin == ProposalOrigin.COACH) {
                confirmedAt = created;
                confirmedBy = coach;
            }
        }

        void confirm(Instant at) {
            confirmedAt = at;
            confirmedBy = coach;
            lastAt = at;
        }

        void accept(Instant at) {
            // the demo recruiter's company starts with no accepted proposal: contact details appear only once
            // someone accepts during the demo (and the recruiter journey's "no contact before acceptance" holds)
            if (listing.companyId().equals(generator.companies().get(0).id())) {
                return;
            }
            if (confirmedAt != null && !stage.isFinal() && response.equals("PENDING")) {
                response = "ACCEPTED";
                answeredAt = at.isBefore(lastAt) ? lastAt : at;
            }
        }

        void move(ProposalStage to, ProposalParty by, String givenNote, Instant at) {
            DeclineReason r = to == ProposalStage.DECLINED_BY_EMPLOYER
                    ? DeclineReason.values()[random.nextInt(DeclineReason.values().length)] : null;
            if (!ProposalRules.allows(new ProposalRules.Move(stage, to, by, confirmedAt != null, r))) {
                throw new IllegalStateException("demo proposal would break the rules: " + stage + " → " + to + " by " + by);
            }
            UUID actor = switch (by) {
                case EMPLOYER -> recruiter;
                case SCHOOL -> coach;
                default -> null;
            };
            String stepNote = givenNote;
            if (stepNote == null && by == ProposalParty.EMPLOYER && random.nextInt(3) > 0) {
                stepNote = EMPLOYER_NOTES.get(to);
            }
            if (to == ProposalStage.WITHDRAWN_BY_GRADUATE) {
                stepNote = random.nextBoolean() ? "Found another job." : "Prefers to continue studying for now.";
                response = "DECLINED";
                answeredAt = at;
            }
            if (to == ProposalStage.LISTING_CLOSED) {
                actor = recruiter;
            }
            steps.add(new Step(stage, to, actor, stepNote, at));
            stage = to;
            lastAt = at;
            reason = r != null ? r : reason;
        }

        DemoProposal build() {
            return new DemoProposal(id("proposal", index), graduate.id(), listing.id(), listing.companyId(), origin,
                    origin == ProposalOrigin.COACH ? coach : recruiter, confirmedBy, confirmedAt, note, stage, reason, response,
                    answeredAt, created, steps.get(steps.size() - 1).at(), List.copyOf(steps));
        }
    }

    // --- storing ------------------------------------------------------------------------------

    /** Stores the extra coaches, the proposals with their histories, the demo graduate's notifications; returns the number of proposals. */
    int write(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into user_account (id, username, display_name, email, password_hash, role, company_id, graduate_id, enabled)
                values (?, ?, ?, ?, null, 'COACH', null, null, false)""")) {
            for (Account a : extraCoaches()) {
                ps.setObject(1, a.id());
                ps.setString(2, a.username());
                ps.setString(3, a.displayName());
                ps.setString(4, a.username() + "@demo.migracode.example");
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<DemoProposal> proposals = generate();
        UUID demoGraduate = demoGraduate().id();
        Map<UUID, Instant> firstProposal = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("""
                insert into proposal (id, graduate_id, listing_id, company_id, stage, created_by, origin, coach_confirmed_at,
                    coach_account_id, note_to_recruiter, decline_reason, graduate_response, graduate_answered_at, created_at,
                    stage_changed_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement t = c.prepareStatement("""
                     insert into proposal_transition (proposal_id, from_stage, to_stage, actor_account_id, note, at)
                     values (?, ?, ?, ?, ?, ?)""");
             PreparedStatement n = c.prepareStatement("""
                     insert into graduate_notification (id, graduate_id, proposal_id, kind, created_at, read_at)
                     values (?, ?, ?, ?, ?, ?)""")) {
            int notification = 0;
            for (DemoProposal d : proposals) {
                p.setObject(1, d.id());
                p.setObject(2, d.graduateId());
                p.setObject(3, d.listingId());
                p.setObject(4, d.companyId());
                p.setString(5, d.stage().name());
                p.setObject(6, d.createdBy());
                p.setString(7, d.origin().name());
                p.setTimestamp(8, ts(d.coachConfirmedAt()));
                p.setObject(9, d.coachId());
                p.setString(10, d.note());
                p.setString(11, d.declineReason() == null ? null : d.declineReason().name());
                p.setString(12, d.response());
                p.setTimestamp(13, ts(d.answeredAt()));
                p.setTimestamp(14, ts(d.createdAt()));
                p.setTimestamp(15, ts(d.stageChangedAt()));
                p.setLong(16, d.steps().size() - 1L);
                p.addBatch();
                for (Step s : d.steps()) {
                    t.setObject(1, d.id());
                    t.setString(2, s.from() == null ? null : s.from().name());
                    t.setString(3, s.to().name());
                    t.setObject(4, s.actor());
                    t.setString(5, s.note());
                    t.setTimestamp(6, ts(s.at()));
                    t.addBatch();
                    if (d.graduateId().equals(demoGraduate) && d.coachConfirmedAt() != null) {
                        boolean latest = s == d.steps().get(d.steps().size() - 1);
                        n.setObject(1, id("notification", notification++));
                        n.setObject(2, d.graduateId());
                        n.setObject(3, d.id());
                        n.setString(4, s.to().name());
                        n.setTimestamp(5, ts(s.at()));
                        n.setTimestamp(6, latest ? null : ts(s.at().plus(Duration.ofHours(3))));
                        n.addBatch();
                    }
                }
                firstProposal.merge(d.listingId(), d.createdAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
            p.executeBatch();
            t.executeBatch();
            n.executeBatch();
        }
        // a listing was published some days before its first proposal
        try (PreparedStatement ps = c.prepareStatement("update listing set created_at = ?, updated_at = ? where id = ?")) {
            for (Map.Entry<UUID, Instant> e : firstProposal.entrySet()) {
                Instant published = e.getValue().minus(Duration.ofDays(3 + Math.floorMod(e.getKey().hashCode(), 12)));
                ps.setTimestamp(1, ts(published));
                ps.setTimestamp(2, ts(published));
                ps.setObject(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return proposals.size();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    LocalDate referenceDate() {
        return referenceDate;
    }
}
