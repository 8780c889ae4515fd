-- Issue #18: the CIRR outcomes register with automatic follow-up, employer confirmation of hires,
-- and placement fees (docs/reports.md#the-outcomes-register).

-- Why a graduate who did not intend to seek an in-field job is excluded (CIRR's first-day survey;
-- staff only). Nothing about work authorisation or migration status is ever stored.
alter table student_outcome add column exclusion_reason text
    check (exclusion_reason in ('REMAIN_WITH_EMPLOYER', 'SELF_ENRICHMENT', 'CONTINUING_EDUCATION'));

-- An employer's one-click confirmation of a hire (a recruiter of the placement's company).
alter table placement add column employer_confirmed_at timestamptz;
alter table placement add column employer_confirmed_by uuid references user_account (id) on delete set null;

-- A graduate's answer to one follow-up check-in. mark names the check-in: G30, G90, G180 (days after
-- graduation) or P<months> (months after the placement's start; placement_id says which placement).
create table follow_up_answer (
    id                 uuid primary key,
    student_outcome_id uuid        not null references student_outcome (id) on delete cascade,
    mark               text        not null check (mark ~ '^(G[0-9]{1,3}|P[0-9]{1,2})$'),
    placement_id       uuid references placement (id) on delete cascade,
    answer             text        not null check (answer in ('STILL_EMPLOYED', 'CHANGED_JOB', 'SEEKING')),
    answered_on        date        not null,
    answered_by        uuid references user_account (id) on delete set null,
    -- an optional offer letter or contract, typed by its bytes like placement evidence (staff only)
    evidence_name      text,
    evidence_type      text,
    evidence           bytea,
    created_at         timestamptz not null default now(),
    constraint follow_up_answer_evidence check ((evidence is null) = (evidence_type is null) and (evidence is null) = (evidence_name is null)),
    constraint follow_up_answer_placement check ((mark like 'P%') = (placement_id is not null))
);
create unique index follow_up_answer_graduation on follow_up_answer (student_outcome_id, mark) where placement_id is null;
create unique index follow_up_answer_placement_mark on follow_up_answer (placement_id, mark) where placement_id is not null;

-- A due check-in the coaches were told about: at most one notification per check-in, across restarts.
create table follow_up_notice (
    student_outcome_id uuid        not null references student_outcome (id) on delete cascade,
    follow_up_key      text        not null check (char_length(follow_up_key) between 2 and 80),
    notified_at        timestamptz not null default now(),
    primary key (student_outcome_id, follow_up_key)
);

-- The school's fee for a hire; staff only, never shown to recruiters or in company/public reports.
create table placement_fee (
    placement_id uuid primary key references placement (id) on delete cascade,
    amount       numeric(12, 2) not null check (amount >= 0 and amount < 10000000),
    currency     text        not null check (currency ~ '^[A-Z]{3}$'),
    status       text        not null check (status in ('NOT_INVOICED', 'INVOICED', 'PAID')),
    fee_date     date        not null,
    recorded_by  uuid references user_account (id) on delete set null,
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
