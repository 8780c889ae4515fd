package org.migracode.talent.portal.outcomes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.migracode.talent.core.report.CheckInStatus;

/** A 3/6/12-month check-in with the employer; recording the same mark again replaces it. */
@Schema(description = "A check-in with the employer")
record CheckInRequest(CheckInStatus status,
        @Schema(description = "Not before the start date, not in the future") LocalDate checkedOn,
        @Schema(description = "Optional, at most 2000 characters") String note) {
}
