package org.migracode.talent.index.audit;

/** What an audit entry records. Stored by name: never rename a value. */
public enum AuditAction {
    /** Someone other than the graduate opened the graduate's profile. */
    PROFILE_VIEWED,
    /** A search results page showed the graduate (one entry per graduate shown). */
    SEARCH_RESULT_SHOWN,
    /** A listing's ranked matches showed the graduate, with the model version behind the score. */
    MATCH_SHOWN,
    /** Staff looked at a graduate's best listings. */
    LISTINGS_FOR_GRADUATE_SHOWN,
    /** The graduate's data left the system in an export (a file, a data download on request). */
    GRADUATE_EXPORTED,
    /** A proposal was created or changed stage. */
    PROPOSAL_STAGE_CHANGED,
    /** An admin started a reindex. */
    ADMIN_REINDEX,
    /** A graduate erased their own account (the entry names nobody). */
    SELF_ERASURE,
    /** An admin erased a graduate's account on request (the entry names nobody). */
    ADMIN_ERASURE,
    /** The retention job anonymised an inactive profile (the entry names nobody). */
    RETENTION_ANONYMISED,
    /** An admin read the audit log. */
    ADMIN_AUDIT_QUERIED,
    /** An admin read the fairness report. */
    ADMIN_FAIRNESS_REPORT,
    /** The graduate blocked a company (detail: which); its open proposals were withdrawn in the same transaction. */
    COMPANY_BLOCKED,
    /** The graduate unblocked a company (detail: which). */
    COMPANY_UNBLOCKED,
    /** An admin imported (or previewed) a CSV file: kind, file name, rows created, updated, unchanged, refused. */
    ADMIN_IMPORT,
    /** A coach confirmed a recruiter's interest in a graduate: from then on the graduate sees the proposal. */
    PROPOSAL_CONFIRMED,
    /** Staff merged two records of one graduate (one entry per record; detail: the merge id). Staff only. */
    GRADUATES_MERGED,
    /** Staff undid a merge (one entry per record; detail: the merge id). Staff only. */
    MERGE_UNDONE,
    /** Staff said two records flagged as possible duplicates are two people. */
    DUPLICATE_DISMISSED,
    /** A graduate answered a follow-up check-in (detail: which check-in, the answer, whether evidence came with it). */
    FOLLOW_UP_ANSWERED,
    /** A recruiter confirmed a hire at their company in one click (proposal/listing fields empty; detail: the placement). */
    HIRE_CONFIRMED,
    /** Staff recorded or changed a placement fee (detail: the placement; no amounts). */
    PLACEMENT_FEE_RECORDED,
    /** Staff created a graduate record by hand, not by import (detail: how many likely duplicates were queued). Staff only. */
    GRADUATE_CREATED
}
