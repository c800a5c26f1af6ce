-- The gateway's province indicators read model, fed by the services' events (see
-- vn.tradehub.gateway.indicators.ReadModelConsumer). Everything here can be rebuilt from the
-- Kafka topics (POST /api/v1/province/read-model/rebuild), except the plans.

-- One row: which consumer-group generation feeds the read model, and how far it got.
create table read_model_state (
    id              int         primary key check (id = 1),
    -- a fresh read-model database reads the topics from the beginning: its group name includes this id
    instance_id     uuid        not null default gen_random_uuid(),
    generation      int         not null default 1,
    state           text        not null default 'LIVE' check (state in ('LIVE', 'REBUILDING')),
    rebuilt_at      timestamptz,
    rebuilt_by      text,
    events_applied  bigint      not null default 0,
    as_of           timestamptz,
    -- indicator_change rows with ids up to this one were deleted (retention); older Last-Event-IDs get a reset
    changes_pruned_through bigint not null default 0
);
insert into read_model_state (id) values (1);

-- The latest IndustryIndicatorsComputed of each month (by computedAt; an older one arriving late is ignored).
create table industry_month (
    year        int         not null,
    month       int         not null check (month between 1 and 12),
    payload     jsonb       not null,
    status      text        not null,
    computed_at timestamptz not null,
    ce_time     timestamptz,
    event_id    uuid        not null,
    primary key (year, month)
);

-- The latest CommerceIndicatorsComputed of each month.
create table commerce_month (
    year        int         not null,
    month       int         not null check (month between 1 and 12),
    payload     jsonb       not null,
    status      text        not null,
    computed_at timestamptz not null,
    ce_time     timestamptz,
    event_id    uuid        not null,
    primary key (year, month)
);

-- Border-trade turnover by month (of declaredOn), gate and flow, from the shipment events:
-- recorded adds, amended moves `before` to `after`, cancelled subtracts.
create table border_rollup (
    year      int            not null,
    month     int            not null check (month between 1 and 12),
    gate_code text           not null,
    flow      text           not null,
    value_usd numeric(20, 2) not null,
    lines     bigint         not null,
    as_of     timestamptz,
    primary key (year, month, gate_code, flow)
);

-- Every change applied to the read model, for the SSE stream and its Last-Event-ID replay.
-- Rows are written under the read_model_state row lock, so ids become visible in id order.
create table indicator_change (
    id          bigserial   primary key,
    occurred_at timestamptz not null default clock_timestamp(),
    source      text        not null,
    period      text,
    kind        text        not null,
    data        jsonb       not null
);
create index indicator_change_occurred_at on indicator_change (occurred_at);

-- Yearly plan targets set by the Department (not rebuilt from the topics).
create table plan_target (
    year           int            not null,
    indicator_code text           not null,
    kind           text           not null check (kind in ('GROWTH_PCT', 'ABSOLUTE')),
    value          numeric(20, 4) not null,
    unit           text           not null,
    updated_at     timestamptz    not null default now(),
    updated_by     text,
    primary key (year, indicator_code)
);

-- The Department's 2021 plan.
insert into plan_target (year, indicator_code, kind, value, unit, updated_by) values
    (2021, 'IIP',                'GROWTH_PCT', 6.8,   '%',           'migration'),
    (2021, 'RETAIL_SALES',       'GROWTH_PCT', 10.8,  '%',           'migration'),
    (2021, 'BORDER_TURNOVER',    'ABSOLUTE',   270,   'million USD', 'migration'),
    (2021, 'ELECTRIFICATION',    'ABSOLUTE',   85,    '%',           'migration');
