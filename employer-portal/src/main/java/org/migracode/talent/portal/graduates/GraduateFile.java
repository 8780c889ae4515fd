package org.migracode.talent.portal.graduates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything the coach's view shows that this package reads itself: the profile with contact
 * details, proposals with their stages, placements with their check-ins, the interaction log, and
 * the records merged into this one.
 */
record GraduateFile(UUID id, String displayName, String headline, String summary, String cohort, String city, String email,
                    String phone, boolean visibleToEmployers, boolean active, LocalDate availableFrom, String account,
                    List<String> skills, List<String> languages, List<Project> projects, List<ProposalLine> proposals,
                    List<PlacementLine> placements, List<Interaction> interactions, List<String> mergedRecords) {

    record Project(String title, String url) {
    }

    record ProposalLine(UUID id, UUID listingId, String listingTitle, String companyName, String stage, Instant stageChangedAt,
                        String graduateResponse) {
    }

    record PlacementLine(UUID id, String employer, String roleTitle, String kind, LocalDate startDate, List<CheckInLine> checkIns) {
    }

    record CheckInLine(int months, String status, LocalDate checkedOn) {
    }
}
