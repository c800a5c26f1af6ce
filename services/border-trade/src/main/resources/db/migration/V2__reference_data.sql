-- Border gates of Hà Giang (Vietnam) and their pairs in Wenshan (Yunnan, China).
insert into border_gate (code, name_vi, name_en, kind, district, paired_gate, paired_county, valid_from, valid_to) values
('THANH_THUY', 'Cửa khẩu quốc tế Thanh Thủy', 'Thanh Thuy international border gate', 'INTERNATIONAL', 'Vị Xuyên', 'Thiên Bảo (Tianbao)', 'Ma Lật Pha (Malipo)', '2000-01-01', null),
('XIN_MAN', 'Cửa khẩu Xín Mần', 'Xin Man border gate', 'MAIN', 'Xín Mần', 'Đô Long (Dulong)', 'Mã Quan (Maguan)', '2000-01-01', null),
('PHO_BANG', 'Cửa khẩu Phó Bảng', 'Pho Bang border gate', 'SECONDARY', 'Đồng Văn', 'Đổng Cán (Donggan)', 'Ma Lật Pha (Malipo)', '2000-01-01', null),
('SAM_PUN', 'Cửa khẩu Săm Pun', 'Sam Pun border gate', 'SECONDARY', 'Mèo Vạc', 'Điền Bồng (Tianpeng)', 'Phú Ninh (Funing)', '2000-01-01', null),
('NGHIA_THUAN', 'Lối mở Nghĩa Thuận', 'Nghia Thuan border opening', 'OPENING', 'Quản Bạ', 'Na Cố (Nagu)', 'Ma Lật Pha (Malipo)', '2015-06-01', null),
('CHO_THANH_THUY', 'Chợ biên giới Thanh Thủy', 'Thanh Thuy border market', 'BORDER_MARKET', 'Vị Xuyên', null, null, '2010-01-01', null);

-- Exchange rates per month, 2019-2021, rounded monthly averages of the State Bank's central rate
-- (VND per USD) and of CNY per USD; USD itself at 1. Demo reference data: replace with the
-- weekly figures of record through the API.
insert into exchange_rate (id, currency, units_per_usd, valid_from, valid_to, source)
select gen_random_uuid(), 'USD', 1, date '2000-01-01', date '2099-12-31', 'identity';

insert into exchange_rate (id, currency, units_per_usd, valid_from, valid_to, source)
select gen_random_uuid(), 'VND',
       round((23050 + 60 * sin(extract(month from m)::float8) + (extract(year from m) - 2019) * 50)::numeric, 0),
       m::date, (m + interval '1 month - 1 day')::date,
       'SBV central rate, monthly average ' || to_char(m, 'YYYY-MM') || ' (demo)'
from generate_series(date '2019-01-01', date '2021-12-01', interval '1 month') as m;

insert into exchange_rate (id, currency, units_per_usd, valid_from, valid_to, source)
select gen_random_uuid(), 'CNY',
       round((case extract(year from m) when 2019 then 6.85 when 2020 then 6.90 else 6.45 end
             + 0.05 * cos(extract(month from m)::float8))::numeric, 4),
       m::date, (m + interval '1 month - 1 day')::date,
       'SBV cross rate, monthly average ' || to_char(m, 'YYYY-MM') || ' (demo)'
from generate_series(date '2019-01-01', date '2021-12-01', interval '1 month') as m;
