-- Hibernate Search outbox-polling coordination (talent.index.backend=opensearch, docs/scaling.md):
-- every indexed change is written here in the same transaction as the change itself, and the
-- instances' background processors index it once, sharing the work through hsearch_agent.
-- Shapes are those Hibernate Search 8.2 maps (OutboxEvent, Agent) under Spring's snake_case naming
-- (tenant_id is mapped even without multi-tenancy); Hibernate validates them at start-up. Enum
-- columns carry no check constraint, so a later Hibernate Search adding a state still fits.
-- With the default Lucene backend the tables stay empty.

create table hsearch_outbox_event (
    id              uuid                        not null primary key,
    entity_name     varchar(256)                not null,
    entity_id       varchar(256)                not null,
    entity_id_hash  integer                     not null,
    payload         bytea                       not null,
    retries         integer                     not null,
    process_after   timestamp(6) with time zone not null,
    status          varchar(255)                not null,
    tenant_id       varchar(255)
);

create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid                        not null primary key,
    type                 varchar(255)                not null,
    name                 varchar(255)                not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)                not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
