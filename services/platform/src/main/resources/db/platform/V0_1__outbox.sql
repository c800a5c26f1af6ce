-- Transactional outbox: written in the same transaction as the domain change, relayed to Kafka.
create table outbox (
    seq          bigint generated always as identity,
    id           uuid primary key,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,
    subject      text,
    payload      jsonb       not null,
    created_at   timestamptz not null default clock_timestamp(),
    published_at timestamptz
);

-- The relay reads unpublished rows in insertion order; the purge finds old published ones.
create index outbox_unpublished on outbox (seq) where published_at is null;
create index outbox_published_at on outbox (published_at) where published_at is not null;

-- Wakes the relay on commit (NOTIFY is delivered only when the inserting transaction commits).
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox', '');
    return null;
end $$;

create trigger outbox_notify after insert on outbox for each statement execute function outbox_notify();
