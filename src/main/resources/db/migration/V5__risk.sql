-- risk: versioned instrument definitions and filled risk assessments (Risicotaxatie)
create table instrument_definition (
    id         uuid primary key,
    code       varchar(20)  not null,
    version    varchar(200) not null,
    definition text         not null,
    loaded_at  timestamptz  not null,
    unique (code, version)
);

create table risicotaxatie (
    id                     uuid primary key,
    version                int         not null,
    dossier_id             uuid        not null unique,
    instrument_id          uuid        not null references instrument_definition (id),
    status                 varchar(20) not null,
    kindermishandeling     boolean     not null default false,
    vt_consulted_at        timestamptz,
    vt_consulted_with      varchar(200),
    vt_consultation_notes  varchar(4000),
    started_at             timestamptz not null,
    started_by             uuid        not null,
    finalised_at           timestamptz,
    finalised_by           uuid,
    indicated              boolean
);

create table risicotaxatie_antwoord (
    risicotaxatie_id uuid        not null references risicotaxatie (id),
    item_code        varchar(20) not null,
    answer           varchar(10) not null,
    source           varchar(30),
    answered_by      uuid        not null,
    answered_by_name varchar(200) not null,
    answered_at      timestamptz not null,
    primary key (risicotaxatie_id, item_code)
);

create table risicotaxatie_beoordeling (
    risicotaxatie_id uuid         not null references risicotaxatie (id),
    signal_code      varchar(20)  not null,
    rating           varchar(10)  not null,
    rated_by         uuid         not null,
    rated_by_name    varchar(200) not null,
    rated_at         timestamptz  not null,
    primary key (risicotaxatie_id, signal_code)
);
