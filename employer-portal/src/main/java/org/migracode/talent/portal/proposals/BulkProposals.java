package org.migracode.talent.portal.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.proposals.DeclineReason;
import org.migracode.talent.index.proposals.ProposalMoveRefused;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Bulk actions on proposals, each item through {@link ProposalService} exactly as one by one: the
 * same rules, tenancy, history, audit entries and notifications, one transaction per item (this
 * class has none of its own), so one refused item does not undo the others. Every item gets an
 * {@link Outcome}: done, or the reason it was refused (never silently skipped).
 */
@Service
class BulkProposals {

    /** Most items one request may carry. */
    static final int MAX_ITEMS = 50;

    private final ProposalService proposals;
    private final GraduateRepository graduates;

    BulkProposals(ProposalService proposals, GraduateRepository graduates) {
        this.proposals = proposals;
        this.graduates = graduates;
    }

    /**
     * One item's result: {@code proposalId} when it was done, else {@code problem}, a message key
     * ({@code proposals.conflict.already-proposed}, {@code proposals.refusal.NOT_YOUR_MOVE}…).
     * {@code name} is null when the viewer may not see who it was.
     */
    record Outcome(UUID itemId, String name, UUID proposalId, String problem) {
        boolean done() {
            return problem == null;
        }
    }

    /**
     * A coach proposes each graduate for the listing with the same note. An unknown listing is not
     * found as a whole ({@link ProposalNotFoundException}); each graduate is proposed or reported.
     */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    List<Outcome> propose(Viewer viewer, UUID listingId, List<UUID> graduateIds, String note) {
        List<Outcome> out = new ArrayList<>();
        for (UUID g : graduateIds.stream().distinct().toList()) {
            String name = graduates.findById(g).map(GraduateProfile::getDisplayName).orElse(null);
            try {
                ProposalView created = proposals.create(viewer, new ProposalRequests.Create(g, listingId, note));
                out.add(new Outcome(g, name, created.id(), null));
            } catch (ProposalConflictException e) {
                out.add(new Outcome(g, name, null, "proposals.conflict." + e.type()));
            } catch (ProposalNotFoundException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("no listing")) {
                    throw e;
                }
                out.add(new Outcome(g, null, null, "proposals.bulk.notFound"));
            }
        }
        return out;
    }

    /**
     * A recruiter (or staff) answers several proposals: each {@code id} at the version the viewer
     * saw moves to {@code to} ({@code reason} for a decline); each is done or reported.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    List<Outcome> answer(Viewer viewer, List<VersionedId> items, ProposalStage to, DeclineReason reason) {
        List<Outcome> out = new ArrayList<>();
        for (VersionedId item : items.stream().distinct().toList()) {
            try {
                ProposalView moved = proposals.move(viewer, item.id(),
                        new ProposalRequests.Transition(to, item.version(), null, to == ProposalStage.DECLINED_BY_EMPLOYER ? reason : null));
                out.add(new Outcome(item.id(), moved.personalDataWithdrawn() ? null : moved.graduate().name(), moved.id(), null));
            } catch (StaleProposalException | ObjectOptimisticLockingFailureException e) {
                out.add(new Outcome(item.id(), nameOf(viewer, item.id()), null, "proposals.conflict.stale"));
            } catch (ProposalMoveRefused e) {
                out.add(new Outcome(item.id(), nameOf(viewer, item.id()), null, "proposals.refusal." + e.refusal().name()));
            } catch (ProposalNotFoundException e) {
                out.add(new Outcome(item.id(), null, null, "proposals.bulk.notFound"));
            } catch (IllegalArgumentException e) {
                out.add(new Outcome(item.id(), nameOf(viewer, item.id()), null, "proposals.error.note"));
            }
        }
        return out;
    }

    private String nameOf(Viewer viewer, UUID proposalId) {
        try {
            ProposalView v = proposals.get(viewer, proposalId);
            return v.personalDataWithdrawn() ? null : v.graduate().name();
        } catch (ProposalNotFoundException e) {
            return null;
        }
    }

    /** A proposal and the version the viewer saw, as a form sends it: {@code <uuid>:<version>}. */
    record VersionedId(UUID id, long version) {

        /** Parses {@code <uuid>:<version>}; null when it is not one. */
        static VersionedId parse(String text) {
            if (text == null) {
                return null;
            }
            int colon = text.indexOf(':');
            if (colon < 0 || text.length() > 60) {
                return null;
            }
            try {
                long version = Long.parseLong(text.substring(colon + 1).strip());
                return version < 0 ? null : new VersionedId(UUID.fromString(text.substring(0, colon).strip()), version);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
