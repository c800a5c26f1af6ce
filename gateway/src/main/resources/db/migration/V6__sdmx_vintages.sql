-- SDMX vintages (issue 16). Every observation the SDMX API publishes is kept here as a chain of
-- vintages: a revision or a deletion closes the open vintage (valid_to) and opens the next, at the
-- instant the read model applied the event that caused it. asOf, includeHistory and updatedAfter
-- are answered from these rows, never recomputed from today's read model.
--
-- Unlike the read model's tables, these are history: a rebuild of the read model keeps them (the
-- replayed events are recognised by their versions and computedAt, and change nothing).
create table sdmx_observation (
    id           bigserial   primary key,
    flow         text        not null,
    -- the series key: the data structure's dimensions (TIME_PERIOD excluded), in order, joined by '.'
    series_key   text        not null,
    dims         text[]      not null,
    time_period  text        not null,
    -- the period's first and last day, for time-range filters across frequencies
    period_start date        not null,
    period_end   date        not null,
    -- null on a deletion
    value        numeric,
    obs_status   text,
    unit_measure text,
    unit_mult    smallint,
    -- what published it: an indicators event's territory and month, a plan, or shipment lines
    scope        text        not null,
    -- shipment lines summed into the observation (a cell without lines is deleted)
    n            bigint      not null default 0,
    deleted      boolean     not null default false,
    valid_from   timestamptz not null,
    valid_to     timestamptz,
    check (valid_to is null or valid_to >= valid_from),
    check (deleted = (value is null))
);
-- One open vintage per observation.
create unique index sdmx_observation_open on sdmx_observation (flow, series_key, time_period)
    where valid_to is null;
create index sdmx_observation_scope on sdmx_observation (scope) where valid_to is null;
-- Changes of a flow since an instant (updatedAfter, includeHistory, Last-Modified).
create index sdmx_observation_changes on sdmx_observation (flow, valid_from);

-- The computedAt of the indicators event each (source, territory, month) was last published from:
-- an older or equal computation (a late delivery, a replay during a rebuild) publishes nothing.
create table sdmx_month (
    source      text        not null,
    territory   text        not null,
    period      text        not null,
    computed_at timestamptz not null,
    primary key (source, territory, period)
);

-- Each shipment line's last applied version, with the observation (cell) it counts in: a newer
-- version moves its value from its old cell to its new one; a cancellation takes it out.
create table sdmx_line (
    id          uuid           primary key,
    version     bigint         not null,
    series_key  text           not null,
    time_period text           not null,
    value_usd   numeric(20, 2) not null,
    active      boolean        not null
);

-- Codes of the system's code lists that only the events name (border gates): the code list
-- offers every one that ever carried a figure.
create table sdmx_code (
    codelist   text        not null,
    code       text        not null,
    first_seen timestamptz not null default clock_timestamp(),
    primary key (codelist, code)
);
