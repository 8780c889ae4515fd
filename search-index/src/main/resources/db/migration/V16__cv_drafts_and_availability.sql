-- Issue #18: CVs into profiles, and availability an employer may see without the status behind it.

-- A skill the graduate confirmed from their CV or LinkedIn export keeps that source.
alter table graduate_skill drop constraint graduate_skill_source_check;
alter table graduate_skill add constraint graduate_skill_source_check
    check (source in ('DECLARED', 'PORTFOLIO', 'CURRICULUM', 'CV'));

-- A draft read from an uploaded document: suggestions only, until the graduate confirms them.
create table cv_draft (
    id          uuid primary key,
    graduate_id uuid        not null references graduate_profile (id) on delete cascade,
    origin      text        not null check (origin in ('CV', 'LINKEDIN')),
    -- the uploaded file's name (display only) and the type its content was read as
    file_name   text        check (char_length(file_name) <= 255),
    media_type  text        not null,
    created_by  uuid        references user_account (id) on delete set null,
    created_at  timestamptz not null default now(),
    status      text        not null default 'OPEN' check (status in ('OPEN', 'CONFIRMED', 'DISCARDED')),
    decided_at  timestamptz
);
create index cv_draft_graduate on cv_draft (graduate_id, created_at desc);

-- One suggestion of a draft. HEADLINE: value = headline. SKILL: value = skill id, context = the
-- sentence it was found in. LANGUAGE: value = ISO 639-1 code, detail = CEFR level. PROJECT:
-- value = title, detail = URL, context = the line, technologies = skill ids.
create table cv_suggestion (
    draft_id     uuid    not null references cv_draft (id) on delete cascade,
    position     integer not null check (position >= 0),
    kind         text    not null check (kind in ('HEADLINE', 'SKILL', 'LANGUAGE', 'PROJECT')),
    value        text    not null check (char_length(value) between 1 and 500),
    detail       text    check (char_length(detail) <= 2000),
    context      text    check (char_length(context) <= 2000),
    technologies text[]  not null default '{}',
    accepted     boolean,
    primary key (draft_id, position)
);

-- An original CV file, kept only because the graduate ticked "keep my original file". Erased with
-- the account (cascade, and portal.cvs' PersonalDataContributor), listed in the data export.
create table cv_file (
    id          uuid primary key,
    graduate_id uuid        not null references graduate_profile (id) on delete cascade,
    file_name   text        not null check (char_length(file_name) between 1 and 255),
    media_type  text        not null,
    size_bytes  integer     not null check (size_bytes > 0),
    content     bytea       not null,
    stored_at   timestamptz not null default now()
);
create index cv_file_graduate on cv_file (graduate_id);

-- Staff tier: what limits when and how much a graduate may work, in the school's own words.
-- Never indexed, never shown to an employer; only what it implies reaches graduate_profile below.
create table graduate_work_limits (
    graduate_id            uuid primary key references graduate_profile (id) on delete cascade,
    work_permit_from       date,
    hours_allowed_per_week smallint check (hours_allowed_per_week between 1 and 60),
    internship_only        boolean     not null default false,
    staff_note             text        check (char_length(staff_note) <= 2000),
    updated_at             timestamptz not null default now(),
    updated_by             uuid        references user_account (id) on delete set null
);

-- Employer tier, derived from the limits above (portal.availability): the earliest start they
-- allow, the weekly hours, and whether a job (not only an internship) is possible.
alter table graduate_profile
    add column start_not_before date,
    add column hours_per_week   smallint check (hours_per_week between 1 and 60),
    add column jobs_eligible    boolean not null default true;
