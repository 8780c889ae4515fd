package org.migracode.talent.portal.audit;

import java.util.Collection;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditActor;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.audit.AuditRecord;
import org.migracode.talent.portal.security.ViewerArgumentResolver;
import org.springframework.stereotype.Component;

/**
 * Records what the signed-in person saw or did about graduates. A graduate looking at their own
 * data is not recorded (it is not a disclosure); everyone else is, whatever their role. Each call
 * is one batched insert in its own transaction.
 */
@Component
public class AuditRecorder {

    private final AuditLog log;

    AuditRecorder(AuditLog log) {
        this.log = log;
    }

    /**
     * The signed-in person as an audit actor; SYSTEM outside a request. The one reader of the
     * current viewer outside controllers: every disclosure is stamped with its actor, wherever in a
     * service it happens, without threading the viewer into each recording call.
     */
    public static AuditActor currentActor() {
        return ViewerArgumentResolver.current()
                .map(v -> new AuditActor(v.accountId(), v.role().name(), v.companyId())).orElse(AuditActor.SYSTEM);
    }

    private static boolean isGraduate(AuditActor actor) {
        return Role.GRADUATE.name().equals(actor.role());
    }

    public void profileViewed(UUID graduateId) {
        AuditActor actor = currentActor();
        if (!isGraduate(actor)) {
            log.record(actor, AuditRecord.of(AuditAction.PROFILE_VIEWED, graduateId));
        }
    }

    /** One entry per graduate on the page, all with the search that produced it. */
    public void searchResultsShown(Collection<UUID> graduateIds, String searchQuery) {
        AuditActor actor = currentActor();
        log.recordAll(actor, graduateIds.stream().map(id -> new AuditRecord(AuditAction.SEARCH_RESULT_SHOWN, id, null, null,
                searchQuery, null, null)).toList());
    }

    /** One entry per graduate in a listing's ranked matches, with the model version that ranked them. */
    public void matchesShown(UUID listingId, Collection<UUID> graduateIds, String modelVersion) {
        AuditActor actor = currentActor();
        log.recordAll(actor, graduateIds.stream().map(id -> new AuditRecord(AuditAction.MATCH_SHOWN, id, listingId, null,
                null, modelVersion, null)).toList());
    }

    /** Someone other than the graduate looked at the graduate's best listings. */
    public void listingsForGraduateShown(UUID graduateId, String modelVersion) {
        AuditActor actor = currentActor();
        if (!isGraduate(actor)) {
            log.record(actor, new AuditRecord(AuditAction.LISTINGS_FOR_GRADUATE_SHOWN, graduateId, null, null, null,
                    modelVersion, null));
        }
    }

    /** The graduate's data left the system (an export, a download on request). */
    public void exported(UUID graduateId, String what) {
        log.record(currentActor(), new AuditRecord(AuditAction.GRADUATE_EXPORTED, graduateId, null, null, null, null, what));
    }

    /**
     * A coach confirmed a recruiter's interest (the graduate now sees the proposal). Written in the
     * caller's transaction, like proposal transitions, so a refused confirmation leaves no entry.
     */
    public void proposalConfirmed(UUID graduateId, UUID listingId, UUID proposalId) {
        log.recordWithin(currentActor(), new AuditRecord(AuditAction.PROPOSAL_CONFIRMED, graduateId, listingId, proposalId,
                null, null, "confirmed"));
    }

    /**
     * A follow-up of the outcomes register: a graduate's check-in answer, an employer's hire
     * confirmation or a fee recorded by staff. Written in the caller's transaction, so a refused
     * or failed change leaves no entry; recorded whoever acts (the graduate included: their answer
     * changes the register). {@code detail} holds no personal data.
     */
    public void registerChanged(AuditAction action, UUID graduateId, String detail) {
        log.recordWithin(currentActor(), new AuditRecord(action, graduateId, null, null, null, null, detail));
    }

    /**
     * Staff created a graduate record by hand. Written in the caller's transaction, so a refused
     * creation leaves no entry; {@code detail} holds no personal data.
     */
    public void graduateCreated(UUID graduateId, String detail) {
        log.recordWithin(currentActor(), new AuditRecord(AuditAction.GRADUATE_CREATED, graduateId, null, null, null, null, detail));
    }

    /** An admin action; {@code detail} must not hold personal data. */
    public void adminAction(AuditAction action, String detail) {
        log.record(currentActor(), new AuditRecord(action, null, null, null, null, null, detail));
    }
}
