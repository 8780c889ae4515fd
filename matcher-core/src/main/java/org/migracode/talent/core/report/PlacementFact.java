package org.migracode.talent.core.report;

import java.time.LocalDate;
import java.util.Objects;

/** One placement of a student, as the report needs it. {@code salaryBand} may be null. */
public record PlacementFact(EmploymentKind kind, boolean inField, LocalDate startDate, SalaryBand salaryBand,
        boolean hiredBySchool) {

    public PlacementFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startDate, "startDate");
    }
}
