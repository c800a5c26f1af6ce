-- Issue 14, the 2025 reform: the administrative units are the geography library's, identified by
-- their official codes and dates (Decision 19/2025/QĐ-TTg lists; services/geography). The commerce
-- `district` code list goes:
--   * retail reports keep their unit's official code (a district until 2025-06, a commune from
--     2025-07), so the old custom codes (MEO_VAC, ...) become 024..035;
--   * markets keep a dated location history (market_location) instead of a district;
--   * the revisions and the not yet relayed events of the reports follow their new keys;
--   * the indicators are republished once, per territory, at the next start (indicator_republish).
--
-- The units below are copied from the geography library's release 2025-07-01
-- (units-until-2025-06-30.csv and succession-2025-07-01.csv, MIT, (c) 2021 Thang Le Quoc; see
-- services/geography/src/main/resources/geography/2025-07-01/SOURCE.md) and used only here, to join
-- the stored names to the official codes: nothing is matched by anything but an exact name.

create temporary table official_district (code text primary key, name_vi text not null) on commit drop;
-- successor: the one commune that took the whole old commune on 2025-07-01; null when it was split.
create temporary table official_commune (
    code          text primary key,
    name_vi       text not null,
    district_code text not null,
    successor     text
) on commit drop;

insert into official_district (code, name_vi) values
    ('024', 'Thành phố Hà Giang'),
    ('026', 'Huyện Đồng Văn'),
    ('027', 'Huyện Mèo Vạc'),
    ('028', 'Huyện Yên Minh'),
    ('029', 'Huyện Quản Bạ'),
    ('030', 'Huyện Vị Xuyên'),
    ('031', 'Huyện Bắc Mê'),
    ('032', 'Huyện Hoàng Su Phì'),
    ('033', 'Huyện Xín Mần'),
    ('034', 'Huyện Bắc Quang'),
    ('035', 'Huyện Quang Bình');
insert into official_commune (code, name_vi, district_code, successor) values
    ('00688', 'Phường Quang Trung', '024', null),
    ('00691', 'Phường Trần Phú', '024', '00691'),
    ('00692', 'Phường Ngọc Hà', '024', '00691'),
    ('00694', 'Phường Nguyễn Trãi', '024', '00694'),
    ('00697', 'Phường Minh Khai', '024', '00691'),
    ('00700', 'Xã Ngọc Đường', '024', '00700'),
    ('00946', 'Xã Phương Độ', '024', '00694'),
    ('00949', 'Xã Phương Thiện', '024', '00694'),
    ('00712', 'Thị trấn Phó Bảng', '026', '00745'),
    ('00715', 'Xã Lũng Cú', '026', '00715'),
    ('00718', 'Xã Má Lé', '026', '00715'),
    ('00721', 'Thị trấn Đồng Văn', '026', '00721'),
    ('00724', 'Xã Lũng Táo', '026', '00715'),
    ('00727', 'Xã Phố Là', '026', '00745'),
    ('00730', 'Xã Thài Phìn Tủng', '026', '00721'),
    ('00733', 'Xã Sủng Là', '026', '00733'),
    ('00736', 'Xã Xà Phìn', '026', '00733'),
    ('00739', 'Xã Tả Phìn', '026', '00721'),
    ('00742', 'Xã Tả Lủng', '026', '00721'),
    ('00745', 'Xã Phố Cáo', '026', '00745'),
    ('00748', 'Xã Sính Lủng', '026', '00733'),
    ('00751', 'Xã Sảng Tủng', '026', '00733'),
    ('00754', 'Xã Lũng Thầu', '026', '00745'),
    ('00757', 'Xã Hố Quáng Phìn', '026', '00763'),
    ('00760', 'Xã Vần Chải', '026', '00820'),
    ('00763', 'Xã Lũng Phìn', '026', '00763'),
    ('00766', 'Xã Sủng Trái', '026', '00763'),
    ('00769', 'Thị trấn Mèo Vạc', '027', '00769'),
    ('00772', 'Xã Thượng Phùng', '027', '00778'),
    ('00775', 'Xã Pải Lủng', '027', '00721'),
    ('00778', 'Xã Xín Cái', '027', '00778'),
    ('00781', 'Xã Pả Vi', '027', '00769'),
    ('00784', 'Xã Giàng Chu Phìn', '027', '00769'),
    ('00787', 'Xã Sủng Trà', '027', '00787'),
    ('00790', 'Xã Sủng Máng', '027', '00787'),
    ('00793', 'Xã Sơn Vĩ', '027', '00778'),
    ('00796', 'Xã Tả Lủng', '027', '00769'),
    ('00799', 'Xã Cán Chu Phìn', '027', '00802'),
    ('00802', 'Xã Lũng Pù', '027', '00802'),
    ('00805', 'Xã Lũng Chinh', '027', '00787'),
    ('00808', 'Xã Tát Ngà', '027', '00808'),
    ('00811', 'Xã Nậm Ban', '027', '00808'),
    ('00814', 'Xã Khâu Vai', '027', '00802'),
    ('00815', 'Xã Niêm Tòng', '027', '00817'),
    ('00817', 'Xã Niêm Sơn', '027', '00817'),
    ('00820', 'Thị trấn Yên Minh', '028', '00820'),
    ('00823', 'Xã Thắng Mố', '028', '00829'),
    ('00826', 'Xã Phú Lũng', '028', '00832'),
    ('00829', 'Xã Sủng Tráng', '028', '00829'),
    ('00832', 'Xã Bạch Đích', '028', '00832'),
    ('00835', 'Xã Na Khê', '028', '00832'),
    ('00838', 'Xã Sủng Thài', '028', '00829'),
    ('00841', 'Xã Hữu Vinh', '028', '00820'),
    ('00844', 'Xã Lao Và Chải', '028', '00820'),
    ('00847', 'Xã Mậu Duệ', '028', '00847'),
    ('00850', 'Xã Đông Minh', '028', '00820'),
    ('00853', 'Xã Mậu Long', '028', '00847'),
    ('00856', 'Xã Ngam La', '028', '00847'),
    ('00859', 'Xã Ngọc Long', '028', '00859'),
    ('00862', 'Xã Đường Thượng', '028', '00865'),
    ('00865', 'Xã Lũng Hồ', '028', '00865'),
    ('00868', 'Xã Du Tiến', '028', '00871'),
    ('00871', 'Xã Du Già', '028', '00871'),
    ('00883', 'Xã Cán Tỷ', '029', '00883'),
    ('00874', 'Thị trấn Tam Sơn', '029', '00874'),
    ('00877', 'Xã Bát Đại Sơn', '029', '00883'),
    ('00880', 'Xã Nghĩa Thuận', '029', '00889'),
    ('00886', 'Xã Cao Mã Pờ', '029', '00892'),
    ('00889', 'Xã Thanh Vân', '029', '00889'),
    ('00892', 'Xã Tùng Vài', '029', '00892'),
    ('00895', 'Xã Đông Hà', '029', '00901'),
    ('00898', 'Xã Quản Bạ', '029', '00874'),
    ('00901', 'Xã Lùng Tám', '029', '00901'),
    ('00904', 'Xã Quyết Tiến', '029', '00874'),
    ('00907', 'Xã Tả Ván', '029', '00892'),
    ('00910', 'Xã Thái An', '029', '00901'),
    ('00703', 'Xã Kim Thạch', '030', '00706'),
    ('00706', 'Xã Phú Linh', '030', '00706'),
    ('00709', 'Xã Kim Linh', '030', '00706'),
    ('00913', 'Thị trấn Vị Xuyên', '030', '00913'),
    ('00916', 'Thị trấn Nông trường Việt Lâm', '030', '00913'),
    ('00919', 'Xã Minh Tân', '030', '00919'),
    ('00922', 'Xã Thuận Hoà', '030', '00922'),
    ('00925', 'Xã Tùng Bá', '030', '00925'),
    ('00928', 'Xã Thanh Thủy', '030', '00928'),
    ('00931', 'Xã Thanh Đức', '030', '00937'),
    ('00934', 'Xã Phong Quang', '030', '00691'),
    ('00937', 'Xã Xín Chải', '030', '00937'),
    ('00940', 'Xã Phương Tiến', '030', '00928'),
    ('00943', 'Xã Lao Chải', '030', '00937'),
    ('00952', 'Xã Cao Bồ', '030', '00952'),
    ('00955', 'Xã Đạo Đức', '030', '00913'),
    ('00958', 'Xã Thượng Sơn', '030', '00958'),
    ('00961', 'Xã Linh Hồ', '030', '00970'),
    ('00964', 'Xã Quảng Ngần', '030', '00967'),
    ('00967', 'Xã Việt Lâm', '030', null),
    ('00970', 'Xã Ngọc Linh', '030', '00970'),
    ('00973', 'Xã Ngọc Minh', '030', '00976'),
    ('00976', 'Xã Bạch Ngọc', '030', '00976'),
    ('00979', 'Xã Trung Thành', '030', '00970'),
    ('00982', 'Xã Minh Sơn', '031', '00982'),
    ('00985', 'Xã Giáp Trung', '031', '00985'),
    ('00988', 'Xã Yên Định', '031', null),
    ('00991', 'Thị trấn Yên Phú', '031', '00991'),
    ('00994', 'Xã Minh Ngọc', '031', '00994'),
    ('00997', 'Xã Yên Phong', '031', '00991'),
    ('01000', 'Xã Lạc Nông', '031', '00991'),
    ('01003', 'Xã Phú Nam', '031', '01012'),
    ('01006', 'Xã Yên Cường', '031', '01006'),
    ('01009', 'Xã Thượng Tân', '031', '00994'),
    ('01012', 'Xã Đường Âm', '031', '01012'),
    ('01015', 'Xã Đường Hồng', '031', '01012'),
    ('01018', 'Xã Phiêng Luông', '031', '01006'),
    ('01021', 'Thị trấn Vinh Quang', '032', '01021'),
    ('01024', 'Xã Bản Máy', '032', '01024'),
    ('01027', 'Xã Thàng Tín', '032', '01033'),
    ('01030', 'Xã Thèn Chu Phìn', '032', '01033'),
    ('01033', 'Xã Pố Lồ', '032', '01033'),
    ('01036', 'Xã Bản Phùng', '032', '01024'),
    ('01039', 'Xã Túng Sán', '032', '01051'),
    ('01042', 'Xã Chiến Phố', '032', '01024'),
    ('01045', 'Xã Đản Ván', '032', '01021'),
    ('01048', 'Xã Tụ Nhân', '032', '01021'),
    ('01051', 'Xã Tân Tiến', '032', '01051'),
    ('01054', 'Xã Nàng Đôn', '032', '01057'),
    ('01057', 'Xã Pờ Ly Ngài', '032', '01057'),
    ('01060', 'Xã Sán Xả Hồ', '032', '01057'),
    ('01063', 'Xã Bản Luốc', '032', '01021'),
    ('01066', 'Xã Ngàm Đăng Vài', '032', '01021'),
    ('01069', 'Xã Bản Nhùng', '032', '01051'),
    ('01072', 'Xã Tả Sử Choóng', '032', '01075'),
    ('01075', 'Xã Nậm Dịch', '032', '01075'),
    ('01081', 'Xã Hồ Thầu', '032', '01084'),
    ('01084', 'Xã Nam Sơn', '032', '01084'),
    ('01087', 'Xã Nậm Tỵ', '032', '01075'),
    ('01090', 'Xã Thông Nguyên', '032', '01090'),
    ('01093', 'Xã Nậm Khòa', '032', '01084'),
    ('01096', 'Thị trấn Cốc Pài', '033', '01096'),
    ('01099', 'Xã Nàn Xỉn', '033', '01108'),
    ('01102', 'Xã Bản Díu', '033', '01108'),
    ('01105', 'Xã Chí Cà', '033', '01108'),
    ('01108', 'Xã Xín Mần', '033', '01108'),
    ('01114', 'Xã Thèn Phàng', '033', '01108'),
    ('01117', 'Xã Trung Thịnh', '033', '01117'),
    ('01120', 'Xã Pà Vầy Sủ', '033', '01096'),
    ('01123', 'Xã Cốc Rế', '033', '01117'),
    ('01126', 'Xã Thu Tà', '033', '01117'),
    ('01129', 'Xã Nàn Ma', '033', '01096'),
    ('01132', 'Xã Tả Nhìu', '033', '01141'),
    ('01135', 'Xã Bản Ngò', '033', '01096'),
    ('01138', 'Xã Chế Là', '033', '01141'),
    ('01141', 'Xã Nấm Dẩn', '033', '01141'),
    ('01144', 'Xã Quảng Nguyên', '033', '01144'),
    ('01147', 'Xã Nà Chì', '033', '01147'),
    ('01150', 'Xã Khuôn Lùng', '033', '01147'),
    ('01153', 'Thị trấn Việt Quang', '034', '01153'),
    ('01156', 'Thị trấn Vĩnh Tuy', '034', '01156'),
    ('01159', 'Xã Tân Lập', '034', '01171'),
    ('01162', 'Xã Tân Thành', '034', '01171'),
    ('01165', 'Xã Đồng Tiến', '034', '01165'),
    ('01168', 'Xã Đồng Tâm', '034', '01165'),
    ('01171', 'Xã Tân Quang', '034', '01171'),
    ('01174', 'Xã Thượng Bình', '034', '01165'),
    ('01177', 'Xã Hữu Sản', '034', '01192'),
    ('01180', 'Xã Kim Ngọc', '034', '01180'),
    ('01183', 'Xã Việt Vinh', '034', '01153'),
    ('01186', 'Xã Bằng Hành', '034', '01180'),
    ('01189', 'Xã Quang Minh', '034', '01153'),
    ('01192', 'Xã Liên Hiệp', '034', '01192'),
    ('01195', 'Xã Vô Điếm', '034', '01180'),
    ('01198', 'Xã Việt Hồng', '034', '01201'),
    ('01201', 'Xã Hùng An', '034', '01201'),
    ('01204', 'Xã Đức Xuân', '034', '01192'),
    ('01207', 'Xã Tiên Kiều', '034', '01201'),
    ('01210', 'Xã Vĩnh Hảo', '034', '01156'),
    ('01213', 'Xã Vĩnh Phúc', '034', '01216'),
    ('01216', 'Xã Đồng Yên', '034', '01216'),
    ('01219', 'Xã Đông Thành', '034', '01156'),
    ('01222', 'Xã Xuân Minh', '035', '01090'),
    ('01225', 'Xã Tiên Nguyên', '035', '01225'),
    ('01228', 'Xã Tân Nam', '035', '01237'),
    ('01231', 'Xã Bản Rịa', '035', '01234'),
    ('01234', 'Xã Yên Thành', '035', '01234'),
    ('01237', 'Thị trấn Yên Bình', '035', '01237'),
    ('01240', 'Xã Tân Trịnh', '035', '01243'),
    ('01243', 'Xã Tân Bắc', '035', '01243'),
    ('01246', 'Xã Bằng Lang', '035', '01246'),
    ('01249', 'Xã Yên Hà', '035', '01246'),
    ('01252', 'Xã Hương Sơn', '035', '01261'),
    ('01255', 'Xã Xuân Giang', '035', '01255'),
    ('01258', 'Xã Nà Khương', '035', '01255'),
    ('01261', 'Xã Tiên Yên', '035', '01261'),
    ('01264', 'Xã Vĩ Thượng', '035', '01261');

-- The old custom codes, by the exact official name they were seeded with.
create temporary table district_code_map on commit drop as
    select d.code as old_code, o.code as new_code
    from district d
    join official_district o on o.name_vi = d.name_vi;

-- A district in use whose name is not an official one cannot be placed: stop rather than guess.
do $$
declare
    unplaced text;
begin
    select string_agg(distinct used.code, ', ' order by used.code) into unplaced
    from (select district_code as code from retail_report
          union select district_code from market) used
    where used.code not in (select old_code from district_code_map);
    if unplaced is not null then
        raise exception 'districts in use with no official unit of the same name: %', unplaced
            using hint = 'rename them in the district table to the official name (geography library), then migrate again';
    end if;
end $$;

-- Retail reports: by the unit's official code.
alter table retail_report add column unit_code text;
update retail_report r set unit_code = m.new_code
    from district_code_map m where m.old_code = r.district_code;
-- Drops the foreign key to district, the unique (district_code, period) and its index with it.
alter table retail_report drop column district_code;
alter table retail_report alter column unit_code set not null;
alter table retail_report add constraint retail_report_unit_code_form
    check (unit_code ~ '^[0-9]{3}([0-9]{2})?$');
alter table retail_report add constraint retail_report_unit_period unique (unit_code, period);
create index retail_report_period on retail_report (period, unit_code);

-- A report's revisions are kept under its key (unit/period): they follow it.
update revision v
    set aggregate_id = m.new_code || '/' || split_part(v.aggregate_id, '/', 2),
        snapshot = (v.snapshot - 'districtCode') || jsonb_build_object('unitCode', m.new_code)
    from district_code_map m
    where v.aggregate_type = 'RetailReport' and split_part(v.aggregate_id, '/', 1) = m.old_code;

-- Report events not yet relayed go out in the new contract (unitCode, keyed by it).
update outbox o
    set record_key = m.new_code,
        subject = m.new_code || '/' || split_part(o.subject, '/', 2),
        payload = (o.payload - 'districtCode') || jsonb_build_object('unitCode', m.new_code)
    from district_code_map m
    where o.topic = 'commerce.retail.v1' and o.published_at is null
      and o.payload ->> 'districtCode' = m.old_code;
-- Province indicators not yet relayed are superseded by the per-territory ones republished at start.
delete from outbox
    where topic = 'commerce.indicators.v1' and published_at is null and not payload ? 'territory';

-- Markets: a dated location history (the platform's Location: unit_code, valid_from, valid_to).
create table market_location (
    market_code text not null references market (code) on delete cascade,
    idx         int  not null,
    unit_code   text not null check (unit_code ~ '^[0-9]{2}([0-9]|[0-9]{3})?$'),
    valid_from  date,
    valid_to    date,
    primary key (market_code, idx),
    check (valid_from is null or valid_to is null or valid_to >= valid_from)
);
create index market_location_unit on market_location (unit_code, market_code);

-- A market's commune is the one of its district whose name (without Xã / Thị trấn / Phường) its own
-- name contains as whole words ("Chợ trung tâm Mèo Vạc": Thị trấn Mèo Vạc), the longest if several,
-- none if two match equally. Until 2025-06-30 the market lies there (or, with no such commune, in
-- its district: all the old record says); from 2025-07-01 in the commune that took that commune
-- whole. A market left without a location from 2025-07-01 is completed by a PUT.
create temporary table market_commune on commit drop as
    select market_code, commune_code, successor
    from (
        select m.code as market_code, c.code as commune_code, c.successor,
               rank() over (partition by m.code order by length(s.stem) desc) as place,
               count(*) over (partition by m.code, length(s.stem)) as equally_long
        from market m
        join district_code_map dm on dm.old_code = m.district_code
        join official_commune c on c.district_code = dm.new_code
        cross join lateral (
            select regexp_replace(c.name_vi, '^(Xã|Thị trấn|Phường) ', '') as stem) s
        where m.name_vi ~ ('(^|\s)' || s.stem || '(\s|$)')
    ) matches
    where place = 1 and equally_long = 1;

insert into market_location (market_code, idx, unit_code, valid_from, valid_to)
    select m.code, 0, coalesce(mc.commune_code, dm.new_code), null, date '2025-06-30'
    from market m
    join district_code_map dm on dm.old_code = m.district_code
    left join market_commune mc on mc.market_code = m.code;
insert into market_location (market_code, idx, unit_code, valid_from, valid_to)
    select market_code, 1, successor, date '2025-07-01', null
    from market_commune where successor is not null;

drop index market_district;
alter table market drop column district_code;
drop table district;

-- Start-up work the migration asks for: republish every month's indicators per territory.
create table indicator_republish (
    reason       text primary key,
    requested_at timestamptz not null default now()
);
insert into indicator_republish (reason) values ('2025 reform: indicators per territory, with byUnit');
