-- Idempotency-Key records (IETF httpapi draft): one row per (scope, key) until it expires.
create table idempotency_key (
    scope            text        not null,
    idem_key         text        not null,
    request_hash     text        not null,
    state            text        not null check (state in ('IN_FLIGHT', 'DONE')),
    response_status  int,
    response_headers jsonb,
    response_body    text,
    created_at       timestamptz not null default clock_timestamp(),
    expires_at       timestamptz not null,
    primary key (scope, idem_key)
);

create index idempotency_key_expires on idempotency_key (expires_at);
