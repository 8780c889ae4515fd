package org.migracode.talent.portal.listings;

import org.migracode.talent.portal.security.Viewer;
import java.util.UUID;
import org.migracode.talent.core.input.InvalidInputException;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.ListingStatus;
import org.migracode.talent.index.matching.MatchService;
import org.migracode.talent.index.matching.MatchingProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Tenancy of listings: which listing a viewer may see or manage, and for which company they may
 * create one. A listing the viewer may not reach is reported exactly like one that does not
 * exist ({@link ListingNotFoundException}), so ids cannot be probed.
 */
@Component
class ListingAccess {

    private final ListingRepository listings;
    private final CompanyRepository companies;
    private final MatchService matchService;
    private final MatchingProperties matching;

    ListingAccess(ListingRepository listings, CompanyRepository companies, MatchService matchService, MatchingProperties matching) {
        this.listings = listings;
        this.companies = companies;
        this.matchService = matchService;
        this.matching = matching;
    }

    /** Staff: every listing; a recruiter: their company's; a graduate: an OPEN listing among their own matches. */
    Listing visible(Viewer viewer, UUID id) {
        Listing listing = listings.findById(id).orElseThrow(() -> new ListingNotFoundException("listing", id));
        boolean allowed = switch (viewer.role()) {
            case ADMIN, COACH -> true;
            case RECRUITER -> listing.getCompanyId().equals(viewer.companyId());
            case GRADUATE -> listing.getStatus() == ListingStatus.OPEN && viewer.graduateId() != null
                    && matchService.listingsForGraduate(viewer.graduateId(), matching.maxTopK())
                            .map(r -> r.matches().stream().anyMatch(m -> m.listingId().equals(id.toString())))
                            .orElse(false);
        };
        if (!allowed) {
            throw new ListingNotFoundException("listing", id);
        }
        return listing;
    }

    /** A listing the viewer may change: staff every one, a recruiter their company's. */
    Listing manageable(Viewer viewer, UUID id) {
        Listing listing = listings.findById(id).orElseThrow(() -> new ListingNotFoundException("listing", id));
        boolean allowed = viewer.staff() || (viewer.recruiter() && listing.getCompanyId().equals(viewer.companyId()));
        if (!allowed) {
            throw new ListingNotFoundException("listing", id);
        }
        return listing;
    }

    /** The company a new listing belongs to: a recruiter's own; the one staff name, which must exist. */
    UUID companyFor(Viewer viewer, UUID requested) {
        if (viewer.recruiter()) {
            if (requested != null && !requested.equals(viewer.companyId())) {
                throw new AccessDeniedException("recruiters create listings for their own company only; leave companyId out");
            }
            return viewer.companyId();
        }
        if (requested == null) {
            throw new InvalidInputException("companyId.required", "companyId is required: coaches and admins name the company of a new listing");
        }
        if (!companies.existsById(requested)) {
            throw new InvalidInputException("company.unknown", "no company {0}", requested);
        }
        return requested;
    }
}
