-- decision: serving a later decision (extension, withdrawal, correction) on each party (domain.md §4 step 8)
create table beschikking_uitreiking (
    id               uuid primary key,
    beschikking_id   uuid         not null references beschikking (id),
    persoon_id       uuid         not null,
    uitgereikt_op    timestamptz  not null,
    wijze            varchar(20)  not null,
    recorded_by_name varchar(200) not null,
    recorded_at      timestamptz  not null,
    unique (beschikking_id, persoon_id)
);
