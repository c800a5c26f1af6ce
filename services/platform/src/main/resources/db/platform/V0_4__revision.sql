-- Revision history of every aggregate that clients amend: who, when, what changed, and the
-- whole state after the change.
create table revision (
    aggregate_type text        not null,
    aggregate_id   text        not null,
    version        bigint      not null,
    change         text        not null,
    changed_at     timestamptz not null default clock_timestamp(),
    changed_by     text        not null,
    snapshot       jsonb       not null,
    changes        jsonb       not null,
    primary key (aggregate_type, aggregate_id, version)
);
