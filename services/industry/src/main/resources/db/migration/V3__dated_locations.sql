-- The 2025 reform: enterprises, clusters and villages keep a dated location history (a unit code
-- valid on every day of the period: a commune, or a district where the source named only that)
-- instead of free-text district and commune; a production report keeps the unit its enterprise
-- was located in on the report's month; IIP base-year weights are per province.
-- V4 (Java) fills the histories from the free text against the official units; V5 drops the text.

create table enterprise_location (
    tax_code   text not null references enterprise (tax_code) on delete cascade,
    unit_code  text not null check (unit_code ~ '^[0-9]{2}([0-9]|[0-9]{3})?$'),
    valid_from date,
    valid_to   date,
    check (valid_from is null or valid_to is null or valid_to >= valid_from)
);
create index enterprise_location_owner on enterprise_location (tax_code);
create index enterprise_location_unit on enterprise_location (unit_code);

create table cluster_location (
    cluster_code text not null references industrial_cluster (code) on delete cascade,
    unit_code    text not null check (unit_code ~ '^[0-9]{2}([0-9]|[0-9]{3})?$'),
    valid_from   date,
    valid_to     date,
    check (valid_from is null or valid_to is null or valid_to >= valid_from)
);
create index cluster_location_owner on cluster_location (cluster_code);
create index cluster_location_unit on cluster_location (unit_code);

create table village_location (
    village_code text not null references village (code) on delete cascade,
    unit_code    text not null check (unit_code ~ '^[0-9]{5}$'),
    valid_from   date,
    valid_to     date,
    check (valid_from is null or valid_to is null or valid_to >= valid_from)
);
create index village_location_owner on village_location (village_code);
create index village_location_unit on village_location (unit_code);

-- Where the report's figures lie: the enterprise's unit on the report's month (V4 fills it).
alter table production_report add column unit_code text;

-- Base years per province: the existing ones are Hà Giang's (the province this system described).
alter table iip_product_weight drop constraint iip_product_weight_year_fkey;
alter table iip_value_added drop constraint iip_value_added_year_fkey;
alter table iip_product_weight drop constraint iip_product_weight_pkey;
alter table iip_value_added drop constraint iip_value_added_pkey;
alter table iip_base_year drop constraint iip_base_year_pkey;

alter table iip_base_year add column territory text not null default '02@2025-06-30';
alter table iip_base_year alter column territory drop default;
alter table iip_base_year add primary key (territory, year);
alter table iip_base_year add check (territory ~ '^[0-9]{2}@[0-9]{4}-[0-9]{2}-[0-9]{2}$');

alter table iip_product_weight add column territory text not null default '02@2025-06-30';
alter table iip_product_weight alter column territory drop default;
alter table iip_product_weight add primary key (territory, year, product_code);
alter table iip_product_weight add foreign key (territory, year)
    references iip_base_year (territory, year) on delete cascade;

alter table iip_value_added add column territory text not null default '02@2025-06-30';
alter table iip_value_added alter column territory drop default;
alter table iip_value_added add primary key (territory, year, vsic_code);
alter table iip_value_added add foreign key (territory, year)
    references iip_base_year (territory, year) on delete cascade;

-- The base years' history follows their new key.
update revision set aggregate_id = '02@2025-06-30/' || aggregate_id
 where aggregate_type = 'IipBaseYear' and aggregate_id ~ '^[0-9]{4}$';
