-- Open data (issue 13, finding 7; docs/adr/0026): the national and regional tables that passed disclosure
-- control, published as numbered versions. A version is written once and never changed; a new one is written
-- only when a refresh finds other numbers than the newest (its digest differs).
create table open_data_release (
    version       integer primary key,
    published_at  timestamptz not null,
    first_year    integer not null,
    last_year     integer not null,
    -- the smallest count shown: the figures' threshold, or the open data's own floor when that is higher
    threshold     integer not null,
    -- SHA-256 over every table's observations in their order: equal digests, equal numbers
    digest        varchar(64) not null,
    observations  integer not null
);

-- One number of a version's table: a measure of an area (at its level) in a year, or why it has none.
create table open_data_observation (
    version     integer not null references open_data_release (version),
    table_key   varchar(40) not null,
    seq         integer not null,
    measure     varchar(60) not null,
    area_level  varchar(20) not null,
    area_code   varchar(100) not null,
    area_name   varchar(200) not null,
    period      varchar(10) not null,
    value       double precision,
    status      varchar(20) not null
        check (status in ('WAARDE', 'ONDERDRUKT', 'GEEN_WAARDE', 'GEEN_TOESTEMMING', 'GEEN_GEGEVENS')),
    primary key (version, table_key, seq)
);
