package org.migracode.talent.index.proposals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * Proposals' share of a graduate's personal data: every proposal made for them (listing, company,
 * stage, notes, their answer) with its whole history, and their in-app notifications.
 *
 * <p>Erasure <em>deletes</em> the graduate's proposals (their history goes with them, by the
 * foreign key) and notifications. Keeping the rows without the person is not possible as the
 * schema stands ({@code proposal.graduate_id} is {@code not null}, and the funnel reports join
 * proposals to cohorts through the graduate), and a proposal row with its listing, company and
 * dates is enough to re-identify someone in a small cohort. The cost: funnel figures computed
 * after an erasure no longer count that person's proposals; published reports keep their numbers.
 */
@Component
class ProposalPersonalData implements PersonalDataContributor {

    private final ProposalRepository proposals;
    private final GraduateNotificationRepository notifications;
    private final ListingRepository listings;
    private final CompanyRepository companies;

    ProposalPersonalData(ProposalRepository proposals, GraduateNotificationRepository notifications, ListingRepository listings,
            CompanyRepository companies) {
        this.proposals = proposals;
        this.notifications = notifications;
        this.listings = listings;
        this.companies = companies;
    }

    @Override
    public String section() {
        return "proposals";
    }

    @Override
    public Object export(UUID graduateId) {
        List<Proposal> mine = proposals.findByGraduateIdOrderByCreatedAtDesc(graduateId);
        Map<UUID, Listing> listingById = new HashMap<>();
        listings.findAllById(mine.stream().map(Proposal::getListingId).distinct().toList()).forEach(l -> listingById.put(l.getId(), l));
        Map<UUID, String> companyNames = new HashMap<>();
        companies.findAllById(mine.stream().map(Proposal::getCompanyId).distinct().toList())
                .forEach(c -> companyNames.put(c.getId(), c.getName()));
        List<ExportedProposal> exported = mine.stream().map(p -> new ExportedProposal(p.getId(),
                listingById.containsKey(p.getListingId()) ? listingById.get(p.getListingId()).getTitle() : null,
                companyNames.get(p.getCompanyId()), p.getOrigin().name(), p.getStage().name(), p.getNoteToRecruiter(),
                p.getDeclineReason() == null ? null : p.getDeclineReason().name(), p.getGraduateResponse().name(),
                p.getGraduateAnsweredAt(), p.getCreatedAt(), p.getStageChangedAt(),
                p.getHistory().stream().map(t -> new ExportedTransition(t.getFromStage() == null ? null : t.getFromStage().name(),
                        t.getToStage().name(), t.getAt(), t.getNote(), t.getReason() == null ? null : t.getReason().name())).toList()))
                .toList();
        List<ExportedNotification> inbox = notifications.findByGraduateIdOrderByCreatedAtDesc(graduateId).stream()
                .map(n -> new ExportedNotification(n.getProposalId(), n.getKind(), n.getCreatedAt(), n.getReadAt())).toList();
        return new Export(exported, inbox);
    }

    @Override
    public void erase(UUID graduateId) {
        notifications.deleteByGraduate(graduateId);
        proposals.deleteByGraduate(graduateId);
    }

    /** What the data download holds under {@code "proposals"}. */
    public record Export(List<ExportedProposal> proposals, List<ExportedNotification> notifications) {
    }

    public record ExportedProposal(UUID id, String listingTitle, String company, String origin, String stage, String noteToRecruiter,
            String declineReason, String yourAnswer, Instant answeredAt, Instant createdAt, Instant stageChangedAt,
            List<ExportedTransition> history) {
    }

    /** @param reason the fixed reason of a decline or a withdrawal, if one was given */
    public record ExportedTransition(String from, String to, Instant at, String note, String reason) {
    }

    public record ExportedNotification(UUID proposalId, String kind, Instant createdAt, Instant readAt) {
    }
}
