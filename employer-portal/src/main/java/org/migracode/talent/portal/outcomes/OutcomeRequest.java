package org.migracode.talent.portal.outcomes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A graduate's outcome as staff record it. {@code enrolledOn} is only used when the graduate has
 * no outcome row yet (default: the cohort's start date); {@code version} is required once it exists.
 * {@code graduatedOn} and {@code lastConfirmedOn} left out of the JSON keep their stored value
 * (issue #13: a partial PUT must not un-graduate anyone); sent as null they are cleared.
 *
 * @param fields the names of the fields the request named (JSON properties; the form names them all)
 */
@Schema(description = "A graduate's enrolment intent, graduation and outcome status")
@JsonDeserialize(using = OutcomeRequest.Reader.class)
record OutcomeRequest(
        @Schema(description = "Declared at enrolment: will seek an in-field job within 180 days of graduating") Boolean intendsToSeek,
        @Schema(description = "Only for a new row; default the cohort's start date") LocalDate enrolledOn,
        @Schema(description = "Empty: not graduated") LocalDate graduatedOn,
        OutcomeStatus status,
        @Schema(description = "Required for NOT_SEEKING, refused otherwise; staff only") NotSeekingReason notSeekingReason,
        @Schema(description = "When the status was last confirmed; not in the future") LocalDate lastConfirmedOn,
        @Schema(description = "The version you read; required when the outcome exists") Long version,
        @JsonIgnore @Schema(hidden = true) Set<String> fields) {

    static final Set<String> ALL = Set.of("intendsToSeek", "enrolledOn", "graduatedOn", "status", "notSeekingReason",
            "lastConfirmedOn", "version");

    OutcomeRequest {
        fields = fields == null ? ALL : Set.copyOf(fields);
    }

    /** A request naming every field (the form). */
    OutcomeRequest(Boolean intendsToSeek, LocalDate enrolledOn, LocalDate graduatedOn, OutcomeStatus status,
            NotSeekingReason notSeekingReason, LocalDate lastConfirmedOn, Long version) {
        this(intendsToSeek, enrolledOn, graduatedOn, status, notSeekingReason, lastConfirmedOn, version, ALL);
    }

    boolean names(String field) {
        return fields.contains(field);
    }

    private record Json(Boolean intendsToSeek, LocalDate enrolledOn, LocalDate graduatedOn, OutcomeStatus status,
                        NotSeekingReason notSeekingReason, LocalDate lastConfirmedOn, Long version) {
    }

    /** Reads the JSON body and remembers which properties it had. */
    static final class Reader extends ValueDeserializer<OutcomeRequest> {
        @Override
        public OutcomeRequest deserialize(JsonParser parser, DeserializationContext ctxt) {
            JsonNode tree = ctxt.readTree(parser);
            if (!tree.isObject()) {
                return ctxt.reportInputMismatch(OutcomeRequest.class, "the outcome must be a JSON object");
            }
            Json j = ctxt.readTreeAsValue(tree, Json.class);
            Set<String> named = new LinkedHashSet<>();
            for (String name : tree.propertyNames()) {
                if (ALL.contains(name)) {
                    named.add(name);
                }
            }
            return new OutcomeRequest(j.intendsToSeek(), j.enrolledOn(), j.graduatedOn(), j.status(), j.notSeekingReason(),
                    j.lastConfirmedOn(), j.version(), named);
        }
    }
}
