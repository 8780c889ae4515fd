-- One record per person (docs/records.md): likely duplicate graduates, the staff's decisions on
-- them, and merges that can be undone for 30 days.

-- A graduate merged into another keeps its row (so that a merge can be undone) but leaves the
-- search index and every list: merged_into names the record it now lives in.
alter table graduate_profile add column merged_into uuid references graduate_profile (id) on delete cascade;
create index graduate_profile_merged_into on graduate_profile (merged_into) where merged_into is not null;

-- Two records that may be the same person. graduate_a < graduate_b, so a pair exists once; a pair
-- the staff dismissed ("not a duplicate") stays, so it is never proposed again.
create table duplicate_pair (
    id          uuid primary key,
    graduate_a  uuid        not null references graduate_profile (id) on delete cascade,
    graduate_b  uuid        not null references graduate_profile (id) on delete cascade,
    reasons     text        not null,
    status      text        not null default 'OPEN' check (status in ('OPEN', 'DISMISSED', 'MERGED')),
    detected_at timestamptz not null default now(),
    decided_by  uuid references user_account (id) on delete set null,
    decided_at  timestamptz,
    constraint duplicate_pair_ordered check (graduate_a < graduate_b),
    unique (graduate_a, graduate_b)
);
create index duplicate_pair_open on duplicate_pair (detected_at) where status = 'OPEN';

-- A merge: which record was kept, which one went into it, who did it, and exactly what moved
-- (JSON, what undo needs to give back). Staff only; never shown to employers.
create table graduate_merge (
    id          uuid primary key,
    pair_id     uuid        references duplicate_pair (id) on delete set null,
    kept_id     uuid        not null references graduate_profile (id) on delete cascade,
    merged_id   uuid        not null references graduate_profile (id) on delete cascade,
    merged_by   uuid references user_account (id) on delete set null,
    merged_at   timestamptz not null default now(),
    moved       text        not null,
    undone_by   uuid references user_account (id) on delete set null,
    undone_at   timestamptz
);
create index graduate_merge_kept on graduate_merge (kept_id);

-- The coach's log of a graduate: calls, meetings, workshops, notes. Staff only; part of the
-- graduate's data download and erased with the account.
create table graduate_interaction (
    id          uuid primary key,
    graduate_id uuid        not null references graduate_profile (id) on delete cascade,
    kind        text        not null check (kind in ('CALL', 'MEETING', 'WORKSHOP', 'NOTE')),
    happened_on date        not null,
    note        text        not null check (length(note) <= 4000),
    author_id   uuid references user_account (id) on delete set null,
    author_name text        not null,
    created_at  timestamptz not null default now()
);
create index graduate_interaction_graduate on graduate_interaction (graduate_id, happened_on desc);

-- The graduate's plan: which curriculum module, workshop or project of this school teaches a
-- skill (taxonomy id), edited by admins, shown next to "skills that would open more listings".
create table curriculum_skill_module (
    skill_id   text primary key,
    module     text        not null check (length(module) between 1 and 200),
    updated_at timestamptz not null default now(),
    updated_by uuid references user_account (id) on delete set null
);
