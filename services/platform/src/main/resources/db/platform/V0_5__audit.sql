-- Audit trail of every write: who, when, what, from where, the request id and the outcome.
create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    principal   text        not null,
    method      text        not null,
    path        text        not null,
    status      int         not null,
    outcome     text        not null,
    request_id  text,
    remote      text
);

create index audit_log_at on audit_log (at);
create index audit_log_principal on audit_log (principal, at);
