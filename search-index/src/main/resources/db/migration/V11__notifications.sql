-- Issue #17: in-app notifications for every account (recruiters, coaches, graduates, admins).
-- A row is written in the same transaction as the event that caused it (portal.notifications.Notifier);
-- e-mail for it, if the recipient wants one, goes through mail_outbox in that same transaction.
create table notification (
    id          uuid primary key,
    account_id  uuid        not null references user_account (id) on delete cascade,
    -- what happened, a message key suffix: notification.<kind>.title / .text (e.g. proposal.created)
    kind        text        not null check (char_length(kind) between 1 and 80),
    -- the portal path of the object it is about (e.g. /proposals/…); never an absolute URL
    link        text        not null check (char_length(link) between 1 and 500 and link like '/%'),
    -- message arguments, already limited to what the recipient may see in the portal
    args        jsonb       not null default '{}'::jsonb,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index notification_account_unread on notification (account_id, created_at desc) where read_at is null;
create index notification_account on notification (account_id, created_at desc);
