-- The read model by territory (issue 14). Industry and commerce publish their month's indicators
-- per province-level territory (pinned: 02@2025-06-30, 08@2025-06-30, 08@2025-07-01), with the
-- figures of every unit in it; events from before the reform name none and were Hà Giang's.
alter table industry_month add column territory text not null default '02@2025-06-30';
alter table industry_month alter column territory drop default;
alter table industry_month drop constraint industry_month_pkey;
alter table industry_month add primary key (territory, year, month);
alter table commerce_month add column territory text not null default '02@2025-06-30';
alter table commerce_month alter column territory drop default;
alter table commerce_month drop constraint commerce_month_pkey;
alter table commerce_month add primary key (territory, year, month);

-- Shipment lines and their rollups know the unit (commune) of their gate on the declaration date;
-- '' for lines whose events named none (before the reform's release): they count for the
-- Department's province of their date.
alter table border_line add column unit_code text not null default '';
alter table border_rollup add column unit_code text not null default '';
alter table border_rollup drop constraint border_rollup_pkey;
alter table border_rollup add primary key (year, month, gate_code, flow, unit_code);
