-- A throw-away aggregate that lets the platform tests exercise every mechanism end to end.
create table widget (
    id      uuid primary key,
    name    text   not null,
    colour  text,
    version bigint not null
);

create table widget_tally (
    event_type text primary key,
    n          int not null
);
