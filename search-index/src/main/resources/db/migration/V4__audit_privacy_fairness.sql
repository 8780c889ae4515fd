-- GDPR self-service, retention, the audit log and the fairness monitor.

-- Retention: a profile is active while its graduate signs in or edits it. last_active_at is the
-- later of the two; a profile inactive for talent.retention.inactive-after is flagged to coaches
-- (retention_flagged_at) and anonymised after a further grace period.
alter table graduate_profile add column last_active_at timestamptz not null default now();
alter table graduate_profile add column retention_flagged_at timestamptz;
create index graduate_profile_last_active on graduate_profile (last_active_at);

-- Companies a graduate blocked: their recruiters never see the graduate (search, profile, matches).
create table graduate_blocked_company (
    graduate_id uuid        not null references graduate_profile (id) on delete cascade,
    company_id  uuid        not null references company (id) on delete cascade,
    primary key (graduate_id, company_id)
);

-- The audit log (EU AI Act record-keeping): who saw or did what about whom, when, from where.
-- Append-only: the trigger below refuses UPDATE, DELETE and TRUNCATE. The one exception is erasure
-- (GDPR art. 17): inside a transaction that set talent.audit_erasure = 'on', an UPDATE may only
-- clear graduate_id (the entry stays, who it was about goes).
create table audit_entry (
    id                bigint generated always as identity primary key,
    at                timestamptz not null default now(),
    actor_account_id  uuid,
    actor_role        text        not null check (actor_role in ('ADMIN', 'COACH', 'RECRUITER', 'GRADUATE', 'SYSTEM')),
    actor_company_id  uuid,
    action            text        not null,
    graduate_id       uuid,
    listing_id        uuid,
    proposal_id       uuid,
    search_query      text,
    model_version     text,
    detail            text
);
create index audit_entry_at on audit_entry (at desc, id desc);
create index audit_entry_graduate on audit_entry (graduate_id, at desc) where graduate_id is not null;
create index audit_entry_actor on audit_entry (actor_account_id, at desc);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and coalesce(current_setting('talent.audit_erasure', true), '') = 'on'
            and new.graduate_id is null
            and new.id = old.id and new.at = old.at
            and new.actor_account_id is not distinct from old.actor_account_id
            and new.actor_role = old.actor_role
            and new.actor_company_id is not distinct from old.actor_company_id
            and new.action = old.action
            and new.listing_id is not distinct from old.listing_id
            and new.proposal_id is not distinct from old.proposal_id
            and new.search_query is not distinct from old.search_query
            and new.model_version is not distinct from old.model_version
            and new.detail is not distinct from old.detail then
        return new;
    end if;
    raise exception 'audit_entry is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

-- Fairness monitor: a voluntary self-declaration, separately consented. Never indexed, never shown to
-- recruiters or coaches, never read by the matcher; only aggregated for the admin's adverse-impact
-- report. Withdrawing consent deletes the row.
create table fairness_declaration (
    graduate_id  uuid primary key references graduate_profile (id) on delete cascade,
    gender       text check (gender in ('WOMAN', 'MAN', 'NON_BINARY', 'OTHER', 'PREFER_NOT_TO_SAY')),
    region       text check (region in ('NORTH_AFRICA', 'SUB_SAHARAN_AFRICA', 'MIDDLE_EAST', 'SOUTH_ASIA',
        'EAST_ASIA', 'LATIN_AMERICA', 'EUROPE', 'OTHER', 'PREFER_NOT_TO_SAY')),
    consented_at timestamptz not null
);
