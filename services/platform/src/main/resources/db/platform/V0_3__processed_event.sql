-- Event ids (ce_id) a consumer has applied, written in the same transaction as its update.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default clock_timestamp(),
    primary key (consumer, event_id)
);
