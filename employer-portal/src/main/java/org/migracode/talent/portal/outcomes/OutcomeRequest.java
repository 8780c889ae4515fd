package org.migracode.talent.portal.outcomes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;

/**
 * A graduate's outcome as staff record it. {@code enrolledOn} is only used when the graduate has
 * no outcome row yet (default: the cohort's start date); {@code version} is required once it exists.
 */
@Schema(description = "A graduate's enrolment intent, graduation and outcome status")
record OutcomeRequest(
        @Schema(description = "Declared at enrolment: will seek an in-field job within 180 days of graduating") Boolean intendsToSeek,
        @Schema(description = "Only for a new row; default the cohort's start date") LocalDate enrolledOn,
        @Schema(description = "Empty: not graduated") LocalDate graduatedOn,
        OutcomeStatus status,
        @Schema(description = "Required for NOT_SEEKING, refused otherwise; staff only") NotSeekingReason notSeekingReason,
        @Schema(description = "When the status was last confirmed; not in the future") LocalDate lastConfirmedOn,
        @Schema(description = "The version you read; required when the outcome exists") Long version) {
}
