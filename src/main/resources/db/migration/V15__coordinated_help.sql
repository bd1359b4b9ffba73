-- dossier: a partner sees only the parts of the case its kind needs
alter table dossier_toewijzing add column partner_soort varchar(30);

-- care: the ten days of coordinated help (domain.md §4 step 7, §9)
create table coordinatie (
    dossier_id       uuid primary key references dossier (id),
    organisation_id  uuid         not null references organisation (id),
    accepted_at      timestamptz  not null,
    accepted_by      uuid         not null,
    accepted_by_name varchar(200) not null
);

create table hulpverlener (
    id              uuid primary key,
    dossier_id      uuid         not null references dossier (id),
    functie         varchar(20)  not null,
    partner_soort   varchar(30),
    organisation_id uuid         not null references organisation (id),
    user_id         uuid,
    naam            varchar(200) not null,
    assigned_at     timestamptz  not null,
    assigned_by     uuid         not null
);
create index hulpverlener_dossier on hulpverlener (dossier_id);

create table contact (
    id               uuid primary key,
    dossier_id       uuid         not null references dossier (id),
    persoon_id       uuid,
    partij           varchar(200),
    kanaal           varchar(20)  not null,
    bereikt          boolean      not null,
    moment           timestamptz  not null,
    notitie          varchar(4000),
    organisation_id  uuid         not null,
    recorded_by      uuid         not null,
    recorded_by_name varchar(200) not null,
    recorded_at      timestamptz  not null
);
create index contact_dossier on contact (dossier_id, moment);

create table screening (
    id              uuid primary key,
    dossier_id      uuid         not null references dossier (id),
    persoon_id      uuid         not null,
    formulier       varchar(60)  not null,
    formulier_versie varchar(20) not null,
    antwoorden      jsonb        not null,
    definitief      boolean      not null,
    version         integer      not null,
    updated_at      timestamptz  not null,
    updated_by_name varchar(200) not null,
    unique (dossier_id, persoon_id, formulier)
);

create table zorgoverleg (
    id              uuid primary key,
    dossier_id      uuid          not null references dossier (id),
    version         integer       not null,
    gepland_op      timestamptz   not null,
    agenda          varchar(4000),
    aanwezigen      varchar(4000),
    notulen         varchar(16000),
    besluiten       varchar(8000),
    gehouden_op     timestamptz,
    created_by_name varchar(200)  not null,
    created_at      timestamptz   not null
);
create index zorgoverleg_dossier on zorgoverleg (dossier_id, gepland_op);

create table plan_van_aanpak (
    id              uuid primary key,
    dossier_id      uuid          not null references dossier (id),
    soort           varchar(12)   not null,
    version         integer       not null,
    doelen          varchar(8000) not null,
    afspraken       varchar(8000),
    vastgesteld_op  timestamptz   not null,
    vastgesteld_door varchar(200) not null,
    unique (dossier_id, soort)
);

create table taak (
    id                      uuid primary key,
    dossier_id              uuid          not null references dossier (id),
    version                 integer       not null,
    bron                    varchar(20)   not null,
    bron_id                 uuid          not null,
    omschrijving            varchar(1000) not null,
    eigenaar_organisation_id uuid         not null references organisation (id),
    uiterlijk               date          not null,
    gereed_op               timestamptz,
    created_at              timestamptz   not null
);
create index taak_dossier on taak (dossier_id);
create index taak_open_eigenaar on taak (eigenaar_organisation_id, uiterlijk) where gereed_op is null;

create table veiligheidsplan (
    dossier_id      uuid primary key references dossier (id),
    version         integer       not null,
    time_out        varchar(4000),
    escalatieladder varchar(4000),
    verblijf        varchar(4000),
    contactregeling varchar(4000),
    kinderen        varchar(4000),
    netwerk         varchar(4000),
    updated_at      timestamptz   not null,
    updated_by_name varchar(200)  not null
);

create table systeemgesprek (
    id               uuid primary key,
    dossier_id       uuid          not null references dossier (id),
    moment           timestamptz   not null,
    deelnemers       varchar(2000) not null,
    verslag          varchar(8000) not null,
    recorded_by_name varchar(200)  not null,
    recorded_at      timestamptz   not null
);

create table crisisbedden (
    vt_region varchar(100) primary key,
    aantal    integer not null
);

create table opvang (
    id               uuid primary key,
    dossier_id       uuid         not null references dossier (id),
    persoon_id       uuid         not null,
    vt_region        varchar(100) not null,
    voorziening      varchar(200) not null,
    crisisbed        boolean      not null,
    van              date         not null,
    tot              date,
    version          integer      not null,
    recorded_at      timestamptz  not null,
    recorded_by_name varchar(200) not null
);
create index opvang_region on opvang (vt_region, van);

create table zorgadvies (
    dossier_id           uuid primary key references dossier (id),
    verloop              varchar(8000) not null,
    veiligheidsafspraken varchar(8000) not null,
    hulp_gestart         varchar(4000) not null,
    dreiging_afgenomen   varchar(10)   not null,
    advies_verlengen     boolean       not null,
    toelichting          varchar(8000) not null,
    uitgebracht_op       timestamptz   not null,
    uitgebracht_door     varchar(200)  not null
);

create table zienswijze (
    id               uuid primary key,
    dossier_id       uuid          not null references dossier (id),
    organisation_id  uuid          not null,
    organisatie      varchar(200)  not null,
    advies_verlengen boolean       not null,
    toelichting      varchar(4000) not null,
    recorded_at      timestamptz   not null,
    recorded_by_name varchar(200)  not null
);

-- decision: hearing both parties (Awb 4:8) and the beleidsadvies before the mayor decides on extension
create table hoorzitting (
    id               uuid primary key,
    dossier_id       uuid          not null references dossier (id),
    persoon_id       uuid          not null,
    moment           timestamptz   not null,
    wijze            varchar(20)   not null,
    samenvatting     varchar(8000) not null,
    recorded_by_name varchar(200)  not null,
    recorded_at      timestamptz   not null
);

create table beleidsadvies (
    dossier_id       uuid primary key references dossier (id),
    advies_verlengen boolean       not null,
    motivering       varchar(8000) not null,
    uitgebracht_op   timestamptz   not null,
    uitgebracht_door varchar(200)  not null
);

-- enforcement: the criminal track alongside the order (domain.md §8)
create table strafrecht_stap (
    id               uuid primary key,
    dossier_id       uuid          not null references dossier (id),
    soort            varchar(30)   not null,
    moment           timestamptz   not null,
    uitkomst         varchar(30),
    tot              date,
    toelichting      varchar(4000),
    organisation_id  uuid          not null,
    recorded_by_name varchar(200)  not null,
    recorded_at      timestamptz   not null
);
create index strafrecht_stap_dossier on strafrecht_stap (dossier_id, moment);
