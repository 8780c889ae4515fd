package org.migracode.talent.core.report;

/** The kind of a placement. Stored by name: never rename a value. */
public enum EmploymentKind {
    FULL_TIME_EMPLOYEE, PART_TIME_EMPLOYEE, APPRENTICESHIP_INTERNSHIP, CONTRACT_FREELANCE, SELF_EMPLOYED, STARTED_OWN_COMPANY;

    public boolean internship() {
        return this == APPRENTICESHIP_INTERNSHIP;
    }
}
