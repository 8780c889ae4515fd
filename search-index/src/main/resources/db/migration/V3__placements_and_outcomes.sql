-- Placement outcomes and CIRR-style evidence (docs/reports.md), published cohort reports, and
-- external ids for the CSV import.
--
-- Statistics must survive a graduate's erasure: every row about a student carries its cohort, and
-- the link to the graduate profile is nullable (erasure sets it to null and drops what identifies).

-- Re-importing a CSV updates the row with the same external id instead of adding a duplicate.
alter table company add column external_id text unique;
alter table graduate_profile add column external_id text unique;
alter table listing add column external_id text unique;

-- The program length the on-time (100%) and 150% graduation windows are measured against;
-- null means "scheduled graduation date minus start date".
alter table cohort add column program_length_days integer check (program_length_days > 0);

-- One row per enrolled student of a cohort: intent recorded on the first day, graduation, and the
-- outcome status with the date it was last confirmed. A student who never graduated has no
-- graduate profile at all, so graduate_id is nullable from the start.
create table student_outcome (
    id                   uuid primary key,
    cohort_id            uuid        not null references cohort (id) on delete cascade,
    graduate_id          uuid unique references graduate_profile (id) on delete set null,
    enrolled_on          date        not null,
    intends_to_seek      boolean     not null,
    graduated_on         date,
    status               text        not null default 'STILL_SEEKING' check (status in ('EMPLOYED_IN_FIELD',
        'EMPLOYED_OUT_OF_FIELD', 'STILL_SEEKING', 'NOT_SEEKING', 'COULD_NOT_CONTACT')),
    -- staff only: why a graduate is not seeking
    not_seeking_reason   text check (not_seeking_reason in ('FURTHER_STUDY', 'PERSONAL', 'HEALTH')),
    last_confirmed_on    date,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              bigint      not null default 0,
    constraint reason_only_when_not_seeking check (not_seeking_reason is null or status = 'NOT_SEEKING'),
    constraint graduated_after_enrolment check (graduated_on is null or graduated_on >= enrolled_on)
);
create index student_outcome_cohort on student_outcome (cohort_id);

create table placement (
    id              uuid primary key,
    cohort_id       uuid        not null references cohort (id) on delete cascade,
    graduate_id     uuid references graduate_profile (id) on delete set null,
    -- the student this placement counts for; survives erasure (graduate_id does not)
    student_outcome_id uuid references student_outcome (id) on delete set null,
    company_id      uuid references company (id) on delete set null,
    employer_name   text,
    role_title      text,
    in_field        boolean     not null,
    kind            text        not null check (kind in ('FULL_TIME_EMPLOYEE', 'PART_TIME_EMPLOYEE',
        'APPRENTICESHIP_INTERNSHIP', 'CONTRACT_FREELANCE', 'SELF_EMPLOYED', 'STARTED_OWN_COMPANY')),
    start_date      date        not null,
    salary_band     text check (salary_band in ('UNDER_18K', 'FROM_18K_TO_22K', 'FROM_22K_TO_26K',
        'FROM_26K_TO_30K', 'FROM_30K_TO_35K', 'OVER_35K')),
    source          text        not null check (source in ('PROPOSAL', 'INDEPENDENT')),
    proposal_id     uuid unique references proposal (id) on delete set null,
    hired_by_school boolean     not null default false,
    created_by      uuid references user_account (id) on delete set null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create index placement_cohort on placement (cohort_id);
create index placement_graduate on placement (graduate_id);
create index placement_student on placement (student_outcome_id);
create index placement_company on placement (company_id);

-- An offer letter or confirmation message an auditor can check; staff only. The bytes live here
-- (never a path a user chose); file_name is a sanitised display name.
create table placement_evidence (
    placement_id uuid primary key references placement (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    content      bytea       not null,
    uploaded_by  uuid references user_account (id) on delete set null,
    uploaded_at  timestamptz not null default now()
);

-- A coach's check-in with the employer 3, 6 and 12 months after the start date.
create table employment_check_in (
    id           uuid primary key,
    placement_id uuid        not null references placement (id) on delete cascade,
    months       smallint    not null check (months in (3, 6, 12)),
    status       text        not null check (status in ('STILL_EMPLOYED', 'PROMOTED', 'LEFT')),
    checked_on   date        not null,
    note         text,
    recorded_by  uuid references user_account (id) on delete set null,
    unique (placement_id, months)
);

-- A cohort's outcome report shown on the public page once an admin published it.
create table cohort_report_publication (
    cohort_id    uuid primary key references cohort (id) on delete cascade,
    published_at timestamptz not null default now(),
    published_by uuid references user_account (id) on delete set null
);
