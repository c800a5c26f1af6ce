-- VSIC 2018 classes of the former Tuyên Quang's main industries (sugar, wood-based panels, pulp and
-- paper), which the merged province's reports use; the rest of the tree is in V2.
insert into vsic (code, level, parent_code, name_vi, name_en) values
    ('1072', 'CLASS', '10', 'Sản xuất đường', 'Manufacture of sugar'),
    ('1621', 'CLASS', '16', 'Sản xuất gỗ dán, gỗ lạng, ván ép và ván mỏng khác', 'Manufacture of veneer sheets and wood-based panels'),
    ('1701', 'CLASS', '17', 'Sản xuất bột giấy, giấy và bìa', 'Manufacture of pulp, paper and paperboard')
on conflict (code) do nothing;
