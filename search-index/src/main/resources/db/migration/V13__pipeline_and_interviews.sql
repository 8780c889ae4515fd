-- Issue #17: a pipeline per listing (reasons on exits), interviews with iCalendar invitations,
-- the recruiter's feedback after an interview, and mail attachments (the .ics) in the outbox.

-- The fixed reason of a decline (DECLINED_BY_EMPLOYER) or a withdrawal (WITHDRAWN_BY_GRADUATE),
-- kept with the move in the history (proposal.decline_reason still holds the employer's decline).
alter table proposal_transition add column reason text
    check (reason is null or reason in ('SKILLS_GAP', 'EXPERIENCE', 'LANGUAGE', 'AVAILABILITY', 'LOCATION', 'POSITION_FILLED', 'OTHER'));

-- One interview per proposal. The recruiter offers up to three slots; the graduate picks one
-- (BOOKED). Offering new slots while booked is a reschedule; CANCELLED ends it (new slots may follow).
-- sequence is the iCalendar SEQUENCE of the invitation whose UID is derived from id: it grows on
-- every reschedule and on cancelling, so calendars replace the earlier version.
create table interview (
    id             uuid        primary key,
    proposal_id    uuid        not null unique references proposal (id) on delete cascade,
    state          text        not null check (state in ('SLOTS_OFFERED', 'BOOKED', 'CANCELLED')),
    sequence       integer     not null default 0 check (sequence >= 0),
    chosen_slot    integer     check (chosen_slot between 0 and 2),
    offered_by     uuid        references user_account (id) on delete set null,
    booked_once    boolean     not null default false,
    updated_at     timestamptz not null,
    constraint booked_has_slot check ((state = 'BOOKED') = (chosen_slot is not null))
);

create table interview_slot (
    interview_id uuid        not null references interview (id) on delete cascade,
    position     integer     not null check (position between 0 and 2),
    starts_at    timestamptz not null,
    minutes      integer     not null check (minutes between 15 and 480),
    place        text        not null check (char_length(place) between 1 and 500),
    primary key (interview_id, position)
);

-- The recruiter's feedback after the interview: a 1-4 rating per required skill of the listing,
-- private text for the school, and a fixed-reason outcome (the only part the graduate sees).
create table interview_feedback (
    interview_id      uuid        primary key references interview (id) on delete cascade,
    outcome           text        not null check (outcome in ('ADVANCE', 'SKILLS_GAP', 'LANGUAGE', 'AVAILABILITY',
                                                             'POSITION_FILLED', 'OTHER')),
    private_text      text        check (char_length(private_text) <= 2000),
    author_account_id uuid        references user_account (id) on delete set null,
    created_at        timestamptz not null
);

create table interview_rating (
    interview_id uuid    not null references interview_feedback (interview_id) on delete cascade,
    skill        text    not null check (char_length(skill) <= 100),
    score        integer not null check (score between 1 and 4),
    primary key (interview_id, skill)
);

-- An optional attachment of an outgoing mail (an interview's .ics), sent with it by the worker.
alter table mail_outbox add column attachment_name text check (char_length(attachment_name) <= 100);
alter table mail_outbox add column attachment_type text check (char_length(attachment_type) <= 200);
alter table mail_outbox add column attachment bytea;
