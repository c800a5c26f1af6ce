-- API keys of machine clients. Only a SHA-256 hash of each key is stored; the key is shown once.
-- (Version 100 keeps these tables apart from the read model's migrations.)
create table api_key (
    id          uuid primary key,
    key_id      text        not null unique,
    key_hash    text        not null,
    name        text        not null,
    roles       text[]      not null,
    gates       text[]      not null default '{}',
    scopes      text[]      not null default '{}',
    expires_at  timestamptz,
    revoked_at  timestamptz,
    demo        boolean     not null default false,
    created_at  timestamptz not null default clock_timestamp(),
    created_by  text        not null
);
