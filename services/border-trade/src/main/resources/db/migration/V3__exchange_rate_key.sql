-- Exchange rates are addressed by their natural key (currency, first valid day) and changed under
-- optimistic concurrency like every other code list: a version, and an index in key order for the
-- keyset list.
alter table exchange_rate add column version bigint not null default 0;
create unique index exchange_rate_key on exchange_rate (currency, valid_from);
