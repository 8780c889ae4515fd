-- Match proposals: a graduate put forward for a listing, and every stage change as history.

create table proposal (
    id                   uuid primary key,
    graduate_id          uuid        not null references graduate_profile (id) on delete cascade,
    listing_id           uuid        not null references listing (id) on delete cascade,
    company_id           uuid        not null references company (id),
    stage                text        not null check (stage in ('PROPOSED', 'EMPLOYER_INTERESTED', 'INTERVIEWING', 'OFFER',
        'HIRED', 'DECLINED_BY_EMPLOYER', 'WITHDRAWN_BY_GRADUATE', 'LISTING_CLOSED')),
    -- who started it: a coach proposing, or a recruiter marking interest (then a coach confirms)
    created_by           uuid references user_account (id) on delete set null,
    origin               text        not null check (origin in ('COACH', 'RECRUITER')),
    coach_confirmed_at   timestamptz,
    note_to_recruiter    text,
    decline_reason       text,
    -- the graduate's answer; contact details reach the recruiter only after ACCEPTED
    graduate_response    text        not null default 'PENDING' check (graduate_response in ('PENDING', 'ACCEPTED', 'DECLINED')),
    graduate_answered_at timestamptz,
    created_at           timestamptz not null default now(),
    stage_changed_at     timestamptz not null default now(),
    version              bigint      not null default 0,
    unique (graduate_id, listing_id)
);
create index proposal_company_stage on proposal (company_id, stage);
create index proposal_listing on proposal (listing_id);

create table proposal_transition (
    id               bigint generated always as identity primary key,
    proposal_id      uuid        not null references proposal (id) on delete cascade,
    from_stage       text,
    to_stage         text        not null,
    actor_account_id uuid references user_account (id) on delete set null,
    note             text,
    at               timestamptz not null default now()
);
create index proposal_transition_proposal on proposal_transition (proposal_id, at);

-- Added by the proposals workflow (nothing above renamed or removed):
-- the coach responsible for a proposal: who proposed it, or who confirmed a recruiter's interest
alter table proposal add column coach_account_id uuid references user_account (id) on delete set null;
create index proposal_open_stage on proposal (stage, stage_changed_at);

-- In-app notifications for graduates ("a coach proposed you for …", "the company invites you to an interview").
create table graduate_notification (
    id          uuid primary key,
    graduate_id uuid        not null references graduate_profile (id) on delete cascade,
    proposal_id uuid references proposal (id) on delete cascade,
    kind        text        not null,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index graduate_notification_graduate on graduate_notification (graduate_id, created_at desc);
