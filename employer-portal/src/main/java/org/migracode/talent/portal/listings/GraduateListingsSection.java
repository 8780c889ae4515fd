package org.migracode.talent.portal.listings;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.graduates.GraduateFileSection;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * The coach's view of a graduate: the graduate's best open listings with their explanations and
 * the skills that would open more listings, from the same service as the graduate's own
 * "Listings for you" and {@code GET /api/v1/graduates/{id}/matches} (staff only; audited there).
 */
@Component
class GraduateListingsSection implements GraduateFileSection {

    static final int SHOWN = 5;

    private final ListingService service;

    GraduateListingsSection(ListingService service) {
        this.service = service;
    }

    @Override
    public Optional<Section> section(Viewer viewer, UUID graduateId, Locale locale) {
        if (!viewer.staff()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Section("best-listings", 20, "listings/graduate-section",
                    service.matchesForGraduate(viewer, graduateId, SHOWN, locale)));
        } catch (ListingNotFoundException e) {
            return Optional.empty(); // not in the index (yet): the rest of the page still shows
        }
    }
}
