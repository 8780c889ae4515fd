-- Issue #20: companies, accounts and invitations administered in the product (docs/security.md,
-- "Accounts, companies and invitations"). Only a hash of an invitation's token is stored.

alter table company add column contact_name  text check (char_length(contact_name) <= 200);
alter table company add column contact_email text check (char_length(contact_email) <= 320);
alter table company add column partner_since date;
alter table company add column notes         text check (char_length(notes) <= 5000);
alter table company add column active        boolean not null default true;

-- the last successful sign-in to the portal (browser), shown to admins
alter table user_account add column last_sign_in_at timestamptz;

create table invitation (
    id              uuid primary key,
    -- SHA-256 of the raw token (hex); the raw token is only ever in the link
    token_hash      text        not null unique,
    email           text        not null check (char_length(email) <= 320),
    display_name    text        not null check (char_length(display_name) <= 200),
    role            text        not null check (role in ('ADMIN', 'COACH', 'RECRUITER', 'GRADUATE')),
    company_id      uuid references company (id),
    graduate_id     uuid references graduate_profile (id) on delete cascade,
    -- the invitee's language: the e-mail and the page the link opens speak it
    locale          text        not null check (locale in ('en', 'es', 'ca')),
    invited_by      uuid references user_account (id) on delete set null,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz not null default now(),
    expires_at      timestamptz not null,
    used_at         timestamptz,
    account_id      uuid references user_account (id) on delete set null,
    revoked_at      timestamptz,
    version         bigint      not null default 0,
    constraint invitation_recruiter_has_company check ((role = 'RECRUITER') = (company_id is not null)),
    constraint invitation_graduate_has_profile check ((role = 'GRADUATE') = (graduate_id is not null))
);
create index invitation_company on invitation (company_id);
create index invitation_graduate on invitation (graduate_id);
create index invitation_email on invitation (lower(email));
