-- Industry service schema: reference data (VSIC 2018, products, enterprises, clusters, villages),
-- monthly production reports with their lines, and the IIP base-year weights.

create table vsic (
    code        text primary key,
    level       text   not null check (level in ('SECTION', 'DIVISION', 'CLASS')),
    parent_code text references vsic (code),
    name_vi     text   not null,
    name_en     text   not null,
    version     bigint not null default 0,
    check ((level = 'SECTION') = (parent_code is null)),
    check ((level = 'SECTION' and code ~ '^[A-Z]$') or (level = 'DIVISION' and code ~ '^[0-9]{2}$')
        or (level = 'CLASS' and code ~ '^[0-9]{4}$'))
);
create index vsic_parent on vsic (parent_code);

create table product (
    code       text primary key,
    name_vi    text   not null,
    name_en    text   not null,
    unit       text   not null,
    vsic_class text   not null references vsic (code),
    version    bigint not null default 0
);
create index product_class on product (vsic_class);

create table industrial_cluster (
    code             text primary key,
    name_vi          text          not null,
    name_en          text          not null,
    district         text          not null,
    planned_area_ha  numeric(12, 2) not null check (planned_area_ha > 0),
    occupied_area_ha numeric(12, 2) not null check (occupied_area_ha >= 0),
    status           text          not null check (status in ('PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING', 'SUSPENDED')),
    version          bigint        not null default 0
);

create table enterprise (
    tax_code        text primary key check (tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'),
    name            text   not null,
    district        text   not null,
    cluster_code    text references industrial_cluster (code),
    main_vsic_class text   not null references vsic (code),
    version         bigint not null default 0
);
create index enterprise_cluster on enterprise (cluster_code);

create table village (
    code           text primary key,
    name_vi        text    not null,
    name_en        text    not null,
    commune        text    not null,
    district       text    not null,
    border         boolean not null,
    electrified_on date,
    version        bigint  not null default 0
);
create index village_border on village (border, electrified_on);

create table production_report (
    id         bigint generated always as identity primary key,
    tax_code   text        not null references enterprise (tax_code),
    period     text        not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    status     text        not null check (status in ('ESTIMATED', 'PRELIMINARY', 'FINAL')),
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (tax_code, period)
);
-- Aggregations read a range of periods.
create index production_report_period on production_report (period);

create table production_line (
    report_id              bigint         not null references production_report (id) on delete cascade,
    line_no                int            not null,
    product_code           text           not null references product (code),
    quantity               numeric(24, 3) not null check (quantity >= 0),
    output_value_current   numeric(24, 2) not null check (output_value_current >= 0),
    output_value_constant  numeric(24, 2) not null check (output_value_constant >= 0),
    primary key (report_id, line_no),
    unique (report_id, product_code)
);
create index production_line_product on production_line (product_code);

create table iip_base_year (
    year       int primary key check (year between 1990 and 2100),
    version    bigint      not null,
    updated_at timestamptz not null
);

create table iip_product_weight (
    year                     int            not null references iip_base_year (year) on delete cascade,
    product_code             text           not null references product (code),
    output_value_vnd         numeric(24, 2) not null check (output_value_vnd > 0),
    average_monthly_quantity numeric(24, 3) not null check (average_monthly_quantity > 0),
    primary key (year, product_code)
);

create table iip_value_added (
    year            int            not null references iip_base_year (year) on delete cascade,
    vsic_code       text           not null references vsic (code),
    value_added_vnd numeric(24, 2) not null check (value_added_vnd > 0),
    primary key (year, vsic_code)
);

-- Demo data sets already loaded, so a restart never loads them twice.
create table demo_load (
    name      text primary key,
    loaded_at timestamptz not null default clock_timestamp()
);
