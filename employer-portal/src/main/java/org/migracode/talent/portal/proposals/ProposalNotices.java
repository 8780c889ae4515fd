package org.migracode.talent.portal.proposals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.access.GraduateAccess.Disclosure;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.CompanyBlocked;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.index.proposals.ProposalStageChanged;
import org.migracode.talent.portal.notifications.Notice;
import org.migracode.talent.portal.notifications.Notifier;
import org.migracode.talent.portal.notifications.Recipients;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is told what about a proposal (through the {@link Notifier}, in the event's transaction):
 * <ul>
 *   <li>a coach proposes: the company's recruiters ({@code proposal.proposed}) and the graduate
 *       ({@code proposal.reached});</li>
 *   <li>a recruiter asks first: every coach, to confirm ({@code proposal.interest-request}); a coach
 *       confirms: the recruiters ({@code proposal.confirmed}) and the graduate ({@code proposal.reached});</li>
 *   <li>a recruiter marks interest in a coach's proposal: that coach ({@code proposal.interested});</li>
 *   <li>the graduate accepts or declines (or withdraws by blocking the company): the recruiters and
 *       the coach ({@code proposal.accepted}, {@code proposal.declined});</li>
 *   <li>a proposal waits too long: its coach ({@code proposal.waiting}, {@link ProposalReminders}).</li>
 * </ul>
 * Nobody is told of their own move. A recruiter's notice names the graduate only while the company
 * may see them now: {@link GraduateAccess#onProposals} shows the name and the graduate is still
 * {@link GraduateAccess#shownTo shown} to the company (or their contact details are disclosed). A
 * notice leaves the portal by e-mail, so it is stricter than the proposal page; otherwise the text
 * says "a graduate".
 */
@Component
class ProposalNotices {

    private final Notifier notifier;
    private final ProposalRepository proposals;
    private final ListingRepository listings;
    private final CompanyRepository companies;
    private final GraduateRepository graduates;
    private final UserAccountRepository accounts;
    private final GraduateAccess access;
    private final JdbcTemplate jdbc;

    ProposalNotices(Notifier notifier, ProposalRepository proposals, ListingRepository listings, CompanyRepository companies,
            GraduateRepository graduates, UserAccountRepository accounts, GraduateAccess access, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.proposals = proposals;
        this.listings = listings;
        this.companies = companies;
        this.graduates = graduates;
        this.accounts = accounts;
        this.access = access;
    }

    /** Creation and stage changes, from whoever made them (synchronous: the publisher's transaction). */
    @EventListener
    void stageChanged(ProposalStageChanged e) {
        Proposal p = proposals.findById(e.proposalId()).orElse(null);
        if (p == null) {
            return;
        }
        UUID actor = e.actorAccountId();
        if (e.from() == null && e.to() == ProposalStage.PROPOSED) {
            Map<String, String> args = base(p);
            putName(args, "coach", actor);
            tellRecruiters(p, "proposal.proposed", args);
            tellGraduate(p);
        } else if (e.from() == null && e.to() == ProposalStage.EMPLOYER_INTERESTED) {
            Map<String, String> args = base(p);
            putGraduate(args, p, false);
            notifier.notify(new Notice(new Recipients.Coaches(), "proposal.interest-request", link(p), args));
        } else if (e.from() == ProposalStage.PROPOSED && e.to() == ProposalStage.EMPLOYER_INTERESTED) {
            tellCoach(p, actor, "proposal.interested");
        } else if (e.to() == ProposalStage.WITHDRAWN_BY_GRADUATE) {
            tellRecruiters(p, "proposal.declined", base(p), actor);
            tellCoach(p, actor, "proposal.declined");
        }
    }

    /**
     * A graduate blocked a company: the company's recruiters' earlier notices about the graduate's
     * proposals lose the name (the proposal page shows them nothing personal any more either).
     */
    @EventListener
    void companyBlocked(CompanyBlocked blocked) {
        jdbc.update("""
                update notification set args = args - 'graduate'
                where account_id in (select id from user_account where role = 'RECRUITER' and company_id = ?)
                  and link in (select '/proposals/' || p.id from proposal p where p.graduate_id = ? and p.company_id = ?)""",
                blocked.companyId(), blocked.graduateId(), blocked.companyId());
    }

    /** A coach confirmed a recruiter's interest: the recruiters and, for the first time, the graduate. */
    void confirmed(Proposal p, UUID actor) {
        tellRecruiters(p, "proposal.confirmed", base(p), actor);
        tellGraduate(p);
    }

    /** The graduate accepted (or a coach recorded it). */
    void accepted(Proposal p, UUID actor) {
        tellRecruiters(p, "proposal.accepted", base(p), actor);
        tellCoach(p, actor, "proposal.accepted");
    }

    /** A proposal waited {@code days} days in its stage: its coach, or every coach while nobody confirmed it. */
    void waiting(Proposal p, long days) {
        Map<String, String> args = base(p);
        putGraduate(args, p, false);
        args.put("days", Long.toString(days));
        Recipients to = p.getCoachAccountId() == null ? new Recipients.Coaches() : new Recipients.Account(p.getCoachAccountId());
        notifier.notify(new Notice(to, "proposal.waiting", link(p), args));
    }

    // --- recipients -------------------------------------------------------------------------

    private void tellRecruiters(Proposal p, String kind, Map<String, String> args) {
        tellRecruiters(p, kind, args, null);
    }

    private void tellRecruiters(Proposal p, String kind, Map<String, String> args, UUID actor) {
        if (actor != null && accounts.findById(actor).map(a -> p.getCompanyId().equals(a.getCompanyId())).orElse(false)) {
            return; // the company's own move
        }
        Map<String, String> forCompany = new HashMap<>(args);
        putGraduate(forCompany, p, true);
        notifier.notify(new Notice(new Recipients.CompanyRecruiters(p.getCompanyId()), kind, link(p), forCompany));
    }

    private void tellCoach(Proposal p, UUID actor, String kind) {
        UUID coach = p.getCoachAccountId();
        if (coach == null || coach.equals(actor)) {
            return;
        }
        Map<String, String> args = base(p);
        putGraduate(args, p, false);
        notifier.notify(new Notice(new Recipients.Account(coach), kind, link(p), args));
    }

    private void tellGraduate(Proposal p) {
        notifier.notify(new Notice(new Recipients.Graduate(p.getGraduateId()), "proposal.reached", "/me/proposals", base(p)));
    }

    // --- arguments --------------------------------------------------------------------------

    /** Listing title and company name: what every party of the proposal sees. */
    private Map<String, String> base(Proposal p) {
        Map<String, String> args = new HashMap<>();
        listings.findById(p.getListingId()).ifPresent(l -> args.put("listing", l.getTitle()));
        companies.findById(p.getCompanyId()).ifPresent(c -> args.put("company", c.getName()));
        return args;
    }

    /** The graduate's name; for the company only while it may see them now (see the class comment). */
    private void putGraduate(Map<String, String> args, Proposal p, boolean forCompany) {
        GraduateProfile g = graduates.findById(p.getGraduateId()).orElse(null);
        if (g == null) {
            return;
        }
        if (forCompany) {
            Disclosure disclosure = access.onProposals(g, p.getCompanyId());
            boolean named = disclosure.showsContact() || disclosure.showsName() && GraduateAccess.shownTo(g, p.getCompanyId());
            if (!named) {
                return;
            }
        }
        args.put("graduate", g.getDisplayName());
    }

    private void putName(Map<String, String> args, String key, UUID account) {
        if (account != null) {
            accounts.findById(account).ifPresent(a -> args.put(key, a.getDisplayName()));
        }
    }

    private static String link(Proposal p) {
        return "/proposals/" + p.getId();
    }
}
