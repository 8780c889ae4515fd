-- Issue #17: e-mail about in-app notifications (portal.notifications).
-- How each account wants e-mail, in which language, and its unsubscribe token. No row: the defaults
-- (IMMEDIATELY for recruiters, coaches and graduates, OFF for admins; the language of the account's
-- invitation, else the school's). A row is written when the person saves their settings or at the
-- first mail (which needs the token).
create table notification_preference (
    account_id        uuid primary key references user_account (id) on delete cascade,
    email_mode        text        not null check (email_mode in ('IMMEDIATELY', 'DAILY', 'OFF')),
    locale            text        not null check (locale in ('en', 'es', 'ca')),
    -- random (32 bytes, base64url); in every mail; switches e-mail off without signing in
    unsubscribe_token text        not null unique check (char_length(unsubscribe_token) between 32 and 100),
    updated_at        timestamptz not null default now()
);

-- What was mailed: mailed_at when an immediate mail or a digest carried it; digest_pending while it
-- waits for the recipient's daily digest (cleared by the digest, in the digest's transaction, so a
-- restart never sends it twice).
alter table notification add column mailed_at timestamptz;
alter table notification add column digest_pending boolean not null default false;
create index notification_digest_pending on notification (account_id, created_at) where digest_pending;

-- "A proposal waits more than N days in a stage": one reminder per proposal and stage entered (the
-- primary key makes a second reminder impossible, also with two instances running the job).
create table proposal_reminder (
    proposal_id      uuid        not null references proposal (id) on delete cascade,
    stage            text        not null,
    stage_changed_at timestamptz not null,
    reminded_at      timestamptz not null default now(),
    primary key (proposal_id, stage, stage_changed_at)
);
