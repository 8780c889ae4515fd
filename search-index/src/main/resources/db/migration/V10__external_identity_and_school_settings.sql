-- Issue 20: identities at an external OpenID Connect provider linked to our accounts, and the
-- school's own settings.

-- An identity at an external provider (issuer + subject, as the provider's tokens name it) linked
-- to one account. Linked only through an invitation, never by an e-mail claim; role and tenancy
-- always come from the account. external_name is the provider's e-mail/user-name claim at linking
-- time, shown to staff only.
create table external_identity (
    issuer        text        not null,
    subject       text        not null,
    account_id    uuid        not null references user_account (id) on delete cascade,
    external_name text,
    linked_at     timestamptz not null default now(),
    constraint external_identity_issuer_subject unique (issuer, subject)
);
create index external_identity_account on external_identity (account_id);

-- Check-ins follow the school's schedule (school_settings.check_in_months), no longer only 3, 6 and 12.
alter table employment_check_in drop constraint employment_check_in_months_check;
alter table employment_check_in add constraint employment_check_in_months_range check (months between 1 and 60);

-- One row at most (id = 1). No row: the talent.school.* properties are the settings.
create table school_settings (
    id                     smallint    primary key default 1 check (id = 1),
    name                   text        not null check (length(name) between 1 and 120),
    time_zone              text        not null,
    default_language       text        not null check (default_language in ('en', 'es', 'ca')),
    placement_goal_percent integer     not null check (placement_goal_percent between 1 and 100),
    suppression_threshold  integer     not null check (suppression_threshold between 3 and 100),
    check_in_months        text        not null,
    ranking_policy         text        not null check (ranking_policy in ('DIRECT', 'RELEASED')),
    logo                   bytea,
    logo_content_type      text check (logo_content_type in ('image/png', 'image/jpeg')),
    updated_at             timestamptz not null default now(),
    updated_by             uuid,
    version                bigint      not null default 0,
    constraint logo_with_type check ((logo is null) = (logo_content_type is null))
);
