-- Migracode Talent: first schema. Append-only: change it with a new V<n>__what_changes.sql.
-- No protected attribute (nationality, migration status, religion, health, gender, age) is stored here.

create table company (
    id          uuid primary key,
    name        text        not null unique,
    city        text,
    website     text,
    description text,
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0
);

create table cohort (
    id              uuid primary key,
    name            text   not null unique,
    school          text,
    city            text,
    start_date      date   not null,
    graduation_date date   not null,
    modules         text[] not null default '{}',
    version         bigint not null default 0,
    constraint cohort_dates check (graduation_date >= start_date)
);

create table graduate_profile (
    id                   uuid primary key,
    cohort_id            uuid references cohort (id),
    display_name         text        not null,
    headline             text,
    summary              text,
    email                text,
    phone                text,
    city                 text,
    remote_preference    text        not null default 'ANY'
        check (remote_preference in ('ONSITE', 'HYBRID', 'REMOTE', 'ANY')),
    available_from       date,
    wants_job            boolean     not null default true,
    wants_internship     boolean     not null default true,
    visible_to_employers boolean     not null default false,
    consent_changed_at   timestamptz,
    active               boolean     not null default true,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              bigint      not null default 0
);
create index graduate_profile_cohort on graduate_profile (cohort_id);

create table graduate_skill (
    graduate_id uuid     not null references graduate_profile (id) on delete cascade,
    skill_id    text     not null,
    level       smallint not null check (level between 1 and 5),
    source      text     not null check (source in ('DECLARED', 'PORTFOLIO', 'CURRICULUM')),
    primary key (graduate_id, skill_id)
);

create table graduate_language (
    graduate_id   uuid       not null references graduate_profile (id) on delete cascade,
    language_code varchar(2) not null,
    level         varchar(2) not null check (level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    primary key (graduate_id, language_code)
);

create table portfolio_project (
    graduate_id  uuid    not null references graduate_profile (id) on delete cascade,
    position     integer not null,
    title        text    not null,
    description  text,
    url          text,
    technologies text[]  not null default '{}',
    primary key (graduate_id, position)
);

create table user_account (
    id            uuid primary key,
    username      text        not null unique,
    display_name  text        not null,
    email         text,
    password_hash text,
    role          text        not null check (role in ('ADMIN', 'COACH', 'RECRUITER', 'GRADUATE')),
    company_id    uuid references company (id),
    graduate_id   uuid references graduate_profile (id) on delete set null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    constraint recruiter_has_company check ((role = 'RECRUITER') = (company_id is not null))
);

create table listing (
    id            uuid primary key,
    company_id    uuid        not null references company (id),
    type          text        not null check (type in ('JOB', 'INTERNSHIP')),
    title         text        not null,
    description   text,
    city          text,
    remote_policy text        not null default 'ONSITE' check (remote_policy in ('ONSITE', 'HYBRID', 'REMOTE')),
    start_date    date,
    status        text        not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0
);
create index listing_company on listing (company_id);

create table listing_required_skill (
    listing_id uuid     not null references listing (id) on delete cascade,
    skill_id   text     not null,
    min_level  smallint not null check (min_level between 1 and 5),
    primary key (listing_id, skill_id)
);

create table listing_nice_skill (
    listing_id uuid not null references listing (id) on delete cascade,
    skill_id   text not null,
    primary key (listing_id, skill_id)
);

create table listing_language (
    listing_id    uuid       not null references listing (id) on delete cascade,
    language_code varchar(2) not null,
    min_level     varchar(2) not null check (min_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    primary key (listing_id, language_code)
);

-- The fingerprint of the mapping that built the search index last time (see IndexBootstrap).
create table search_index_state (
    id           text primary key,
    fingerprint  text        not null,
    reindexed_at timestamptz not null
);
