package org.migracode.talent.portal.outcomes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.SalaryBand;
import org.migracode.talent.index.outcomes.PlacementSource;

/** A placement as staff record it: a partner company or an employer name; {@code version} required on update. */
@Schema(description = "A placement: employer, role, in field, kind, start date, salary band, source")
record PlacementRequest(
        @Schema(description = "A partner company; or leave empty and name the employer") UUID companyId,
        @Schema(description = "Free-text employer when not a partner company; at most 200 characters") String employerName,
        @Schema(description = "At most 200 characters") String roleTitle,
        Boolean inField,
        EmploymentKind kind,
        LocalDate startDate,
        @Schema(description = "Optional") SalaryBand salaryBand,
        PlacementSource source,
        @Schema(description = "The school itself hired the graduate (reported separately); left out: false on create, unchanged on update") Boolean hiredBySchool,
        @Schema(description = "The version you read; required when updating") Long version) {
}
