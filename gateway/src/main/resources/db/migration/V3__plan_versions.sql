-- A plan is an aggregate of its own (one per year), with a version for If-Match and a revision
-- history; its targets stay in plan_target.
create table plan (
    year       int         primary key,
    version    bigint      not null default 0,
    updated_at timestamptz not null default now(),
    updated_by text
);
insert into plan (year, updated_at, updated_by)
    select year, max(updated_at), max(updated_by) from plan_target group by year;
alter table plan_target add constraint plan_target_plan foreign key (year) references plan (year);
