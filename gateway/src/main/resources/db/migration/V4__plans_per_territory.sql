-- Plans are per territory and year (issue 14): the Department of the merged province plans for
-- Tuyên Quang (08 from 2025-07-01) and still reports its earlier plans for Hà Giang (02). The
-- territory is kept pinned to its period (08@2025-07-01, 02@2025-06-30), as the geography library
-- writes it, so that a code reused by the reform never mixes two provinces' plans.
alter table plan_target drop constraint plan_target_plan;
alter table plan add column territory text not null default '02@2025-06-30';
alter table plan alter column territory drop default;
alter table plan drop constraint plan_pkey;
alter table plan add primary key (territory, year);
alter table plan_target add column territory text not null default '02@2025-06-30';
alter table plan_target alter column territory drop default;
alter table plan_target drop constraint plan_target_pkey;
alter table plan_target add primary key (territory, year, indicator_code);
alter table plan_target add constraint plan_target_plan
    foreign key (territory, year) references plan (territory, year);
