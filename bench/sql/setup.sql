-- A schema of its own in the border_trade database for pgbench: copies of the tables a shipment
-- post writes (same columns, checks, indexes and unique keys; the gate foreign key). The outbox has
-- no trigger, like the service's since platform migration V0_6.
-- Run by the harness as the border_trade role before pgbench; dropped again afterwards.
drop schema if exists bench cascade;
create schema bench;
create table bench.shipment (like public.shipment including all);
alter table bench.shipment add foreign key (gate_code) references public.border_gate (code);
create table bench.turnover_rollup (like public.turnover_rollup including all);
create table bench.outbox (like public.outbox including all);
create table bench.revision (like public.revision including all);
