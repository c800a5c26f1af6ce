-- Border gates: reference data, admin-managed; a shipment must fall inside its gate's validity.
create table border_gate (
    code           text primary key,
    name_vi        text        not null,
    name_en        text        not null,
    kind           text        not null check (kind in ('INTERNATIONAL', 'MAIN', 'SECONDARY', 'OPENING', 'BORDER_MARKET')),
    district       text        not null,
    paired_gate    text,
    paired_county  text,
    valid_from     date        not null,
    valid_to       date,
    version        bigint      not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);

-- Exchange rates: units of the currency per 1 USD, valid over a window (like the State Bank's
-- weekly rates). Windows of one currency never overlap.
create extension if not exists btree_gist;
create table exchange_rate (
    id            uuid primary key,
    currency      text          not null check (currency ~ '^[A-Z]{3}$'),
    units_per_usd numeric(20, 6) not null check (units_per_usd > 0),
    valid_from    date          not null,
    valid_to      date          not null,
    source        text          not null,
    created_at    timestamptz   not null default clock_timestamp(),
    check (valid_to >= valid_from),
    exclude using gist (currency with =, daterange(valid_from, valid_to, '[]') with &&)
);

-- One declaration line. The natural key (gate, declaration, line) makes posts idempotent.
create table shipment (
    id                 uuid primary key,
    gate_code          text           not null references border_gate (code),
    declaration_number text           not null,
    line_number        int            not null check (line_number > 0),
    declared_on        date           not null,
    flow               text           not null,
    trade_form         text           not null,
    hs_code            text           not null check (hs_code ~ '^[0-9]{6,10}$'),
    description        text           not null,
    quantity           numeric(20, 3) not null check (quantity > 0),
    unit               text           not null,
    net_weight_kg      numeric(20, 3) check (net_weight_kg >= 0),
    value_amount       numeric(20, 2) not null check (value_amount > 0),
    value_currency     text           not null,
    partner_country    text           not null check (partner_country ~ '^[A-Z]{2}$'),
    transport_mode     text           not null,
    value_usd          numeric(20, 2) not null,
    exchange_rate      numeric(20, 6) not null,
    rate_source        text           not null,
    status             text           not null check (status in ('RECORDED', 'AMENDED', 'CANCELLED')),
    version            bigint         not null,
    recorded_at        timestamptz    not null,
    recorded_by        text           not null,
    updated_at         timestamptz    not null,
    unique (gate_code, declaration_number, line_number)
);

create index shipment_list on shipment (declared_on, id);
create index shipment_gate_list on shipment (gate_code, declared_on, id);

-- Monthly turnover rollup, maintained in the same transaction as every create, amendment and
-- cancellation, so turnover queries never scan shipments. Quantity is kept per unit.
create table turnover_rollup (
    month           date           not null,
    gate_code       text           not null,
    flow            text           not null,
    trade_form      text           not null,
    hs_chapter      text           not null,
    partner_country text           not null,
    unit            text           not null,
    value_usd       numeric(22, 2) not null,
    quantity        numeric(24, 3) not null,
    lines           bigint         not null,
    primary key (month, gate_code, flow, trade_form, hs_chapter, partner_country, unit)
);
