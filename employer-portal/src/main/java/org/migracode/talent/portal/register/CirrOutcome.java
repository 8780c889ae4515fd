package org.migracode.talent.portal.register;

/** CIRR's outcome categories with their codes, as the CIRR worksheet names them. */
public enum CirrOutcome {
    FULL_TIME_EMPLOYEE("1A"),
    FULL_TIME_APPRENTICESHIP_INTERNSHIP_CONTRACT("1B"),
    HIRED_BY_SCHOOL_IN_FIELD("1C"),
    STARTED_COMPANY("1D"),
    SHORT_TERM_PART_TIME_FREELANCE("1E"),
    HIRED_BY_SCHOOL_OUT_OF_FIELD("2A"),
    HIRED_OUT_OF_FIELD("2B"),
    STILL_SEEKING("3A"),
    NOT_SEEKING("3B"),
    NON_REPORTING("4"),
    EXCLUDED("X"),
    NOT_GRADUATED("-");

    private final String code;

    CirrOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
