-- The free-text places are now dated locations (V3, V4).
alter table enterprise drop column district;
alter table industrial_cluster drop column district;
alter table village drop column commune;
alter table village drop column district;
alter table production_report alter column unit_code set not null;
create index production_report_unit on production_report (period, unit_code);
