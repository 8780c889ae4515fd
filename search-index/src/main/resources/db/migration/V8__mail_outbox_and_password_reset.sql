-- Issue #20 (and #17's notifications): outgoing e-mail and the embedded login's password resets.
--
-- mail_outbox: every e-mail is written here in the transaction of the change that caused it
-- (portal.mail.OutboxMailer) and sent later by a background worker (portal.mail.OutboxSender), so a
-- rolled-back change sends nothing and an SMTP outage loses nothing. States:
--   PENDING  waiting for next_attempt_at
--   SENDING  claimed by a worker until lease_until; attempts was counted when it was claimed
--   SENT     the SMTP server accepted it (sent_at)
--   FAILED   given up after talent.mail.max-attempts, or refused for good (last_error says why)
-- message_id is the Message-ID header, fixed when the row is written, so a copy sent again after a
-- crash in the instant between the server's acceptance and the commit of SENT carries the same id
-- (docs/operations.md, "Outgoing mail").
create table mail_outbox (
    id              uuid        primary key,
    message_id      text        not null unique,
    recipient       text        not null check (char_length(recipient) <= 320),
    locale          text        not null check (char_length(locale) <= 35),
    kind            text        not null check (char_length(kind) <= 64),
    subject         text        not null check (char_length(subject) <= 998),
    body            text        not null,
    state           text        not null default 'PENDING' check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    constraint sending_has_lease check ((state = 'SENDING') = (lease_until is not null)),
    constraint sent_has_time check ((state = 'SENT') = (sent_at is not null))
);

-- what the worker claims: pending rows that are due, and sending rows whose worker died
create index mail_outbox_pending on mail_outbox (next_attempt_at) where state = 'PENDING';
create index mail_outbox_sending on mail_outbox (lease_until) where state = 'SENDING';
-- the admin's "Outgoing mail" page, newest first
create index mail_outbox_created on mail_outbox (created_at desc);

-- A "forgot password" link of the embedded login. Only the SHA-256 of the token is stored, so the
-- table cannot be used to reset anyone's password; a token is single-use (used_at) and expires.
create table password_reset_token (
    token_hash  text        primary key check (char_length(token_hash) = 64),
    account_id  uuid        not null references user_account (id) on delete cascade,
    locale      text        not null check (char_length(locale) <= 35),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create index password_reset_token_account on password_reset_token (account_id, created_at);
