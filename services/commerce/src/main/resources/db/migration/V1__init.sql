-- Commerce: reference data (seeded for Hà Giang), monthly retail reports, CPI, markets.
-- Periods are stored as text YYYY-MM: they sort and compare correctly as text.

create table district (
    code    text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_vi text   not null,
    name_en text   not null,
    version bigint not null default 0
);

create table retail_category (
    code    text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_vi text   not null,
    name_en text   not null,
    version bigint not null default 0
);

create table ownership_sector (
    code    text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_vi text   not null,
    name_en text   not null,
    version bigint not null default 0
);

-- One report per district and month (the natural key a PUT addresses).
create table retail_report (
    id            bigint generated always as identity primary key,
    district_code text        not null references district (code),
    period        text        not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    status        text        not null check (status in ('ESTIMATED', 'PRELIMINARY', 'FINAL')),
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    version       bigint      not null,
    unique (district_code, period)
);
create index retail_report_period on retail_report (period, district_code);

-- Values are whole đồng (VND has no minor unit), so every sum is exact.
-- Lines keep the order the client sent; (category, ownership) is unique per report, checked at
-- commit so that a replacement may reorder lines.
create table retail_report_line (
    report_id      bigint         not null references retail_report (id) on delete cascade,
    line_no        int            not null,
    category_code  text           not null references retail_category (code),
    ownership_code text           not null references ownership_sector (code),
    value_vnd      numeric(22, 0) not null check (value_vnd >= 0),
    primary key (report_id, line_no),
    unique (report_id, category_code, ownership_code) deferrable initially deferred
);

-- CPI of a month against the configured base (e.g. 2010 = 100), used to deflate to constant prices.
create table cpi (
    period      text          primary key check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    base        text          not null,
    index_value numeric(10, 4) not null check (index_value > 0),
    recorded_by text          not null,
    recorded_at timestamptz   not null,
    version     bigint        not null
);

create table market (
    code                    text primary key check (code ~ '^[A-Z][A-Z0-9_-]{1,39}$'),
    name_vi                 text    not null,
    name_en                 text    not null,
    district_code           text    not null references district (code),
    market_class            text    not null check (market_class in ('I', 'II', 'III')),
    border_market           boolean not null,
    management_model        text    not null check (management_model in ('MANAGEMENT_BOARD', 'ENTERPRISE', 'COOPERATIVE')),
    management_model_since  date,
    status                  text    not null check (status in ('ACTIVE', 'CLOSED')),
    updated_by              text        not null,
    updated_at              timestamptz not null,
    version                 bigint  not null
);
create index market_district on market (district_code, code);

-- Marks demo data sets already loaded, so a restart (or a second replica) never loads twice.
create table demo_load (
    name      text primary key,
    loaded_at timestamptz not null default now()
);

-- Hà Giang: the city and its ten districts.
insert into district (code, name_vi, name_en) values
    ('HA_GIANG_CITY', 'Thành phố Hà Giang', 'Ha Giang City'),
    ('DONG_VAN',      'Huyện Đồng Văn',     'Dong Van District'),
    ('MEO_VAC',       'Huyện Mèo Vạc',      'Meo Vac District'),
    ('YEN_MINH',      'Huyện Yên Minh',     'Yen Minh District'),
    ('QUAN_BA',       'Huyện Quản Bạ',      'Quan Ba District'),
    ('VI_XUYEN',      'Huyện Vị Xuyên',     'Vi Xuyen District'),
    ('BAC_ME',        'Huyện Bắc Mê',       'Bac Me District'),
    ('HOANG_SU_PHI',  'Huyện Hoàng Su Phì', 'Hoang Su Phi District'),
    ('XIN_MAN',       'Huyện Xín Mần',      'Xin Man District'),
    ('BAC_QUANG',     'Huyện Bắc Quang',    'Bac Quang District'),
    ('QUANG_BINH',    'Huyện Quang Bình',   'Quang Binh District');

-- The categories of "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", as the statistics office publishes them.
insert into retail_category (code, name_vi, name_en) values
    ('RETAIL_GOODS',       'Bán lẻ hàng hóa',          'Retail sales of goods'),
    ('ACCOMMODATION_FOOD', 'Dịch vụ lưu trú, ăn uống', 'Accommodation and food services'),
    ('TRAVEL',             'Du lịch lữ hành',          'Travel services'),
    ('OTHER_SERVICES',     'Dịch vụ khác',             'Other services');

insert into ownership_sector (code, name_vi, name_en) values
    ('STATE',     'Kinh tế Nhà nước',                'State'),
    ('NON_STATE', 'Kinh tế ngoài Nhà nước',          'Non-state'),
    ('FDI',       'Khu vực có vốn đầu tư nước ngoài', 'Foreign-invested');
