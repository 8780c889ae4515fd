-- Issue #17: saved searches with alerts, a company's private notes and tags on graduates.

-- A search someone saved: the search page's query string (q=react&skill=Docker…), a name, and how
-- often the alert runs. company_id is the recruiter's company when saved (null for staff): the
-- alert searches as that company, so it only ever counts graduates the company may see.
create table saved_search (
    id           uuid primary key,
    account_id   uuid        not null references user_account (id) on delete cascade,
    company_id   uuid        references company (id) on delete cascade,
    name         text        not null check (char_length(name) between 1 and 100),
    query        text        not null check (char_length(query) <= 4000),
    frequency    text        not null default 'OFF' check (frequency in ('DAILY', 'WEEKLY', 'OFF')),
    last_run_at  timestamptz,
    created_at   timestamptz not null default now(),
    unique (account_id, name)
);
create index saved_search_account on saved_search (account_id, created_at desc);

-- The graduates a saved search matched at its last run (its baseline): the next run announces
-- only graduates not in it. Deleted with the search or the graduate.
create table saved_search_match (
    saved_search_id uuid not null references saved_search (id) on delete cascade,
    graduate_id     uuid not null references graduate_profile (id) on delete cascade,
    primary key (saved_search_id, graduate_id)
);

-- A company's private note on a graduate: its recruiters and school staff see it, no other company.
-- Personal data about the graduate: in their data download, deleted on erasure.
create table graduate_note (
    id                 uuid primary key,
    company_id         uuid        not null references company (id) on delete cascade,
    graduate_id        uuid        not null references graduate_profile (id) on delete cascade,
    author_account_id  uuid        references user_account (id) on delete set null,
    body               text        not null check (char_length(body) between 1 and 2000),
    created_at         timestamptz not null default now()
);
create index graduate_note_company_graduate on graduate_note (company_id, graduate_id, created_at desc);
create index graduate_note_graduate on graduate_note (graduate_id);

-- A company's short labels on a graduate ("call back", "strong React").
create table graduate_tag (
    company_id   uuid        not null references company (id) on delete cascade,
    graduate_id  uuid        not null references graduate_profile (id) on delete cascade,
    label        text        not null check (char_length(label) between 1 and 40),
    created_at   timestamptz not null default now(),
    primary key (company_id, graduate_id, label)
);
create index graduate_tag_graduate on graduate_tag (graduate_id);

-- A listing's shortlist: graduates its company (or a coach for it) keeps an eye on. Shown only
-- while the graduate is visible to the listing's company.
create table listing_shortlist (
    listing_id   uuid        not null references listing (id) on delete cascade,
    graduate_id  uuid        not null references graduate_profile (id) on delete cascade,
    added_by     uuid        references user_account (id) on delete set null,
    added_at     timestamptz not null default now(),
    primary key (listing_id, graduate_id)
);
create index listing_shortlist_graduate on listing_shortlist (graduate_id);
