-- dossier: the case file, its household and the entry criteria
create sequence dossier_nummer_seq;
create table dossier (
    id                       uuid primary key,
    version                  int          not null,
    nummer                   varchar(30)  not null unique,
    status                   varchar(20)  not null,
    entry_route              varchar(30)  not null,
    incident_nummer          varchar(50),
    arrest                   boolean      not null,
    straat                   varchar(200) not null,
    huisnummer               varchar(20)  not null,
    postcode                 varchar(7)   not null,
    woonplaats               varchar(100) not null,
    gemeente_code            varchar(6)   not null,
    police_unit              varchar(100) not null,
    vt_region                varchar(100) not null,
    registered_at            timestamptz  not null,
    registered_by            uuid         not null,
    registered_by_org        uuid         not null,
    crit_meerderjarig        boolean,
    crit_meerderjarig_reden  varchar(2000),
    crit_woonachtig          boolean,
    crit_woonachtig_reden    varchar(2000),
    crit_gevaar              boolean,
    crit_gevaar_reden        varchar(2000),
    crit_checked_at          timestamptz,
    crit_checked_by          uuid
);
create index dossier_scope on dossier (police_unit, gemeente_code, vt_region);
create index dossier_address on dossier (postcode, huisnummer);

create table dossier_persoon (
    id            uuid primary key,
    dossier_id    uuid         not null references dossier (id),
    position      int          not null,
    rol           varchar(20)  not null,
    voornamen     varchar(200) not null,
    achternaam    varchar(200) not null,
    geboortedatum date         not null,
    bsn           char(9),
    relatie       varchar(20)  not null,
    unique (dossier_id, position)
);

-- organisations (and optionally one professional) given access to a case they are not in scope for
create table dossier_toewijzing (
    dossier_id      uuid        not null references dossier (id),
    organisation_id uuid        not null,
    user_id         uuid,
    assigned_at     timestamptz not null,
    assigned_by     uuid        not null,
    primary key (dossier_id, organisation_id)
);
