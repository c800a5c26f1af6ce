-- The last applied state of each shipment line. Shipment events are applied by version, so a
-- duplicate or an older event arriving late (a relay retry after a Kafka outage can reorder a
-- line's events) never moves the rollups: only a newer version does.
create table border_line (
    id        uuid primary key,
    version   bigint         not null,
    declared_on date         not null,
    gate_code text           not null,
    flow      text           not null,
    value_usd numeric(20, 2) not null,
    active    boolean        not null
);
