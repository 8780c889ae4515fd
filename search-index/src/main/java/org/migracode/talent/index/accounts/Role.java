package org.migracode.talent.index.accounts;

/** What a user account may do; a RECRUITER always belongs to exactly one company. */
public enum Role {
    ADMIN, COACH, RECRUITER, GRADUATE
}
