-- Vintages of the yearly plans (SDMX dataflow DF_PLAN). A plan is the gateway's own aggregate and
-- every change of it already writes a revision with the whole plan (the platform's `revision`
-- table); this trigger turns each such revision into vintages, in the same transaction, so that the
-- plan's history is answered from what was recorded when it changed.

create function sdmx_unit_measure(unit text) returns text
    language sql immutable as $$
    select case unit when '%' then 'PC' when 'million USD' then 'USD' when 'billion VND' then 'VND'
                     when 'index' then 'IX' end
$$;

create function sdmx_unit_mult(unit text) returns smallint
    language sql immutable as $$
    select (case unit when 'million USD' then 6 when 'billion VND' then 9 else 0 end)::smallint
$$;

-- The plan's state in `v_snapshot` (a PlanResponse) becomes current at `v_at`: changed targets open
-- a new vintage, removed ones a deletion, unchanged ones nothing.
create function sdmx_plan_apply(v_plan text, v_snapshot jsonb, v_at timestamptz) returns void
    language plpgsql as $$
declare
    v_scope     text := 'plan|' || v_plan;
    v_territory text := v_snapshot ->> 'territory';
    v_year      text := v_snapshot ->> 'year';
    v_keys      text[] := '{}';
    v_key       text;
    t           record;
    o           record;
begin
    for t in
        select x ->> 'indicatorCode' as indicator, x ->> 'kind' as kind,
               (x ->> 'value')::numeric as amount, x ->> 'unit' as unit
        from jsonb_array_elements(coalesce(v_snapshot -> 'targets', '[]'::jsonb)) x
    loop
        v_key := concat_ws('.', 'A', v_territory, t.indicator, t.kind);
        v_keys := v_keys || v_key;
        select * into o from sdmx_observation
            where flow = 'DF_PLAN' and series_key = v_key and time_period = v_year and valid_to is null;
        if found and not o.deleted and o.value = t.amount
                and o.unit_measure is not distinct from sdmx_unit_measure(t.unit)
                and o.unit_mult = sdmx_unit_mult(t.unit) then
            continue;
        end if;
        if found then
            update sdmx_observation set valid_to = v_at where id = o.id;
        end if;
        insert into sdmx_observation (flow, series_key, dims, time_period, period_start, period_end, value,
                                      obs_status, unit_measure, unit_mult, scope, valid_from)
        values ('DF_PLAN', v_key, string_to_array(v_key, '.'), v_year, make_date(v_year::int, 1, 1),
                make_date(v_year::int, 12, 31), t.amount, 'A', sdmx_unit_measure(t.unit),
                sdmx_unit_mult(t.unit), v_scope, v_at);
    end loop;
    for o in
        select * from sdmx_observation
        where scope = v_scope and valid_to is null and not deleted and not (series_key = any (v_keys))
    loop
        update sdmx_observation set valid_to = v_at where id = o.id;
        insert into sdmx_observation (flow, series_key, dims, time_period, period_start, period_end, value,
                                      scope, deleted, valid_from)
        values (o.flow, o.series_key, o.dims, o.time_period, o.period_start, o.period_end, null, v_scope,
                true, v_at);
    end loop;
end
$$;

create function sdmx_plan_revision() returns trigger
    language plpgsql as $$
begin
    -- The read model's appliers take this row lock too, and an SDMX reader takes its horizon under
    -- a share lock of it: a vintage is then either committed before the horizon or stamped after it.
    perform 1 from read_model_state where id = 1 for update;
    perform sdmx_plan_apply(new.aggregate_id, new.snapshot, clock_timestamp());
    return null;
end
$$;

create trigger sdmx_plan_revision after insert on revision
    for each row when (new.aggregate_type = 'Plan') execute function sdmx_plan_revision();

-- The plans recorded so far: their revisions in order, then the plans that have none (the 2021
-- plan of the first migration), as they stand, from their last update.
do $$
declare
    r record;
begin
    for r in select aggregate_id, snapshot, changed_at from revision where aggregate_type = 'Plan'
             order by changed_at, version
    loop
        perform sdmx_plan_apply(r.aggregate_id, r.snapshot, r.changed_at);
    end loop;
    for r in select p.territory, p.year, p.updated_at from plan p
             where not exists (select 1 from revision v
                               where v.aggregate_type = 'Plan' and v.aggregate_id = p.territory || '/' || p.year)
    loop
        perform sdmx_plan_apply(
            r.territory || '/' || r.year,
            jsonb_build_object(
                'territory', r.territory, 'year', r.year,
                'targets', coalesce((select jsonb_agg(jsonb_build_object('indicatorCode', t.indicator_code,
                                                                         'kind', t.kind, 'value', t.value,
                                                                         'unit', t.unit))
                                     from plan_target t where t.territory = r.territory and t.year = r.year),
                                    '[]'::jsonb)),
            r.updated_at);
    end loop;
end
$$;
