-- Issue 14 (the 2025 reform): a border gate lies in a commune, over dated periods, instead of a
-- free-text district; a shipment line is placed in the commune its gate was in on its declaration
-- date, and turnover is rolled up by that commune as well, so any territory can be summed.

create table border_gate_location (
    gate_code  text not null references border_gate (code),
    unit_code  text not null check (unit_code ~ '^[0-9]{5}$'),
    -- null: since before the administrative lists begin (the communes that ended on 2025-06-30)
    valid_from date,
    valid_to   date,
    check (valid_from is null or valid_to is null or valid_to >= valid_from)
);
create index border_gate_location_gate on border_gate_location (gate_code);

-- The seeded gates, placed by joining each gate and the district its free text named to the
-- commune of that district it lies in (Decision 19/2025/QĐ-TTg codes, from shared/data/admin):
-- the commune of the former Hà Giang until 2025-06-30, and the commune its land went into from
-- 2025-07-01. GateLocationsTest checks every pair against the geography library (the old
-- commune lies in the named district, the new one succeeds it). Phó Bảng: the lists name the new
-- commune "Xã Phố Bảng" (00745), formed from Thị trấn Phó Bảng (00712).
insert into border_gate_location (gate_code, unit_code, valid_from, valid_to)
with seeded (gate_code, district, commune_until_reform, commune_from_reform) as (values
    ('THANH_THUY',     'Vị Xuyên', '00928', '00928'), -- Xã Thanh Thủy (030) -> Xã Thanh Thuỷ
    ('CHO_THANH_THUY', 'Vị Xuyên', '00928', '00928'), -- the border market, same commune
    ('SAM_PUN',        'Mèo Vạc',  '00793', '00778'), -- Xã Sơn Vĩ (027) -> Xã Sơn Vĩ (code of Xín Cái)
    ('PHO_BANG',       'Đồng Văn', '00712', '00745'), -- Thị trấn Phó Bảng (026) -> Xã Phố Bảng
    ('XIN_MAN',        'Xín Mần',  '01108', '01108'), -- Xã Xín Mần (033) -> Xã Xín Mần
    ('NGHIA_THUAN',    'Quản Bạ',  '00880', '00889')  -- Xã Nghĩa Thuận (029) -> Xã Nghĩa Thuận
)
select g.code, s.commune_until_reform, null::date, date '2025-06-30'
from border_gate g join seeded s on s.gate_code = g.code and s.district = g.district
union all
select g.code, s.commune_from_reform, date '2025-07-01', null::date
from border_gate g join seeded s on s.gate_code = g.code and s.district = g.district;

-- Every line gets the commune of its gate on its declaration date. A line whose gate names no
-- known commune cannot be placed: the migration stops rather than guess (give the gate a location
-- first, by hand, with the geography lists).
alter table shipment add column unit_code text;
update shipment s set unit_code = l.unit_code
from border_gate_location l
where l.gate_code = s.gate_code
  and (l.valid_from is null or s.declared_on >= l.valid_from)
  and (l.valid_to is null or s.declared_on <= l.valid_to);
do $$
declare unplaced text;
begin
  select string_agg(distinct gate_code, ', ') into unplaced from shipment where unit_code is null;
  if unplaced is not null then
    raise exception 'shipments of gates % cannot be placed in a commune: their district names none of the known gates'' communes', unplaced;
  end if;
end $$;
alter table shipment alter column unit_code set not null;

alter table border_gate drop column district;

-- The rollup is kept by commune too, rebuilt from the lines so it stays their exact sum.
drop table turnover_rollup;
create table turnover_rollup (
    month           date           not null,
    gate_code       text           not null,
    unit_code       text           not null,
    flow            text           not null,
    trade_form      text           not null,
    hs_chapter      text           not null,
    partner_country text           not null,
    unit            text           not null,
    value_usd       numeric(22, 2) not null,
    quantity        numeric(24, 3) not null,
    lines           bigint         not null,
    primary key (month, gate_code, unit_code, flow, trade_form, hs_chapter, partner_country, unit)
);
insert into turnover_rollup (month, gate_code, unit_code, flow, trade_form, hs_chapter, partner_country, unit, value_usd, quantity, lines)
select date_trunc('month', declared_on)::date, gate_code, unit_code, flow, trade_form, substr(hs_code, 1, 2),
       partner_country, unit, sum(value_usd), sum(quantity), count(*)
from shipment where status <> 'CANCELLED'
group by 1, 2, 3, 4, 5, 6, 7, 8;
