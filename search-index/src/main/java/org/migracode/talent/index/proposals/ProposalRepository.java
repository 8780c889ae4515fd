package org.migracode.talent.index.proposals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Proposals by id, graduate, listing and company; filtered lists through {@link ProposalQuery#toSpecification()}. */
public interface ProposalRepository extends JpaRepository<Proposal, UUID>, JpaSpecificationExecutor<Proposal> {

    Optional<Proposal> findByGraduateIdAndListingId(UUID graduateId, UUID listingId);

    List<Proposal> findByListingId(UUID listingId);

    List<Proposal> findByListingIdAndStageIn(UUID listingId, Collection<ProposalStage> stages);

    List<Proposal> findByGraduateIdOrderByCreatedAtDesc(UUID graduateId);

    /** Whether the graduate accepted a proposal of {@code companyId}: then its recruiters see the contact details. */
    boolean existsByGraduateIdAndCompanyIdAndGraduateResponse(UUID graduateId, UUID companyId, GraduateResponse response);

    /** Whether {@code companyId} took a proposal of the graduate to {@code stage} (HIRED: the company hired them). */
    boolean existsByGraduateIdAndCompanyIdAndStage(UUID graduateId, UUID companyId, ProposalStage stage);

    /** The company's proposals for the graduate in one of {@code stages}. */
    List<Proposal> findByGraduateIdAndCompanyIdAndStageIn(UUID graduateId, UUID companyId, Collection<ProposalStage> stages);

    @Modifying
    @Query("delete from Proposal p where p.graduateId = :graduateId")
    int deleteByGraduate(UUID graduateId);
}
