-- Placeholder so the migration location exists; the domain schema follows in V2+.
select 1;
