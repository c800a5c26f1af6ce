-- A throw-away code list that lets the platform tests exercise the code-list shape end to end.
create table colour (
    code    text primary key,
    name_vi text          not null,
    name_en text          not null,
    share   numeric(5, 2) not null,
    version bigint        not null
);
