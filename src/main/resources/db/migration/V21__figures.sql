-- figures (issue 5): one row per case as the figures count it (domain.md §12), from the live registration or
-- from a bulk import of historical cases, with the facts the normative definitions need and nothing more:
-- no names, no BSN, no addresses. (bron, extern_id) is the case's key in its source, so re-importing updates.
create table stat_zaak (
    id                    uuid         primary key,
    bron                  varchar(60)  not null,
    extern_id             varchar(100) not null,
    gemeente_code         varchar(6)   not null,
    incident_op           date,
    rihg_op               timestamptz,
    rihg_advies           varchar(20),
    opgelegd_op           timestamptz,
    einde_op              timestamptz,
    verlengd_op           timestamptz,
    ingetrokken_op        timestamptz,
    vernietigd            boolean      not null default false,
    advocaat              boolean,
    aanhouding            boolean,
    minderjarigen         boolean,
    opvang_uithuisgeplaatste boolean,
    opvang_nachten        integer,
    uitkomst              jsonb,
    bijgewerkt_op         timestamptz  not null,
    unique (bron, extern_id)
);
create index stat_zaak_rihg on stat_zaak (rihg_op);
create index stat_zaak_opgelegd on stat_zaak (opgelegd_op);
create index stat_zaak_gemeente on stat_zaak (gemeente_code);

create table stat_persoon (
    zaak_id     uuid        not null references stat_zaak (id) on delete cascade,
    persoon_key varchar(100) not null,
    rol         varchar(20) not null,
    geboortejaar integer,
    primary key (zaak_id, persoon_key)
);
create table stat_overtreding (
    zaak_id uuid        not null references stat_zaak (id) on delete cascade,
    op      timestamptz not null
);
create index stat_overtreding_zaak on stat_overtreding (zaak_id);
create table stat_rechtsmiddel (
    zaak_id  uuid        not null references stat_zaak (id) on delete cascade,
    soort    varchar(30) not null,
    uitkomst varchar(30)
);
create index stat_rechtsmiddel_zaak on stat_rechtsmiddel (zaak_id);
create table stat_termijn (
    zaak_id     uuid        not null references stat_zaak (id) on delete cascade,
    soort       varchar(60) not null,
    start_op    timestamptz not null,
    uiterlijk_op timestamptz not null,
    gedaan_op   timestamptz
);
create index stat_termijn_zaak on stat_termijn (zaak_id);
create table stat_eerste_contact (
    zaak_id uuid        not null references stat_zaak (id) on delete cascade,
    rol     varchar(20) not null,
    op      timestamptz
);
create index stat_eerste_contact_zaak on stat_eerste_contact (zaak_id);
create table stat_traject (
    zaak_id      uuid         not null references stat_zaak (id) on delete cascade,
    rol          varchar(20)  not null,
    programma    varchar(100) not null,
    aangeboden   boolean      not null,
    geaccepteerd boolean      not null,
    gestart      boolean      not null,
    afgerond     boolean      not null,
    score        integer,
    uitvalreden  varchar(200)
);
create index stat_traject_zaak on stat_traject (zaak_id);
create table stat_nieuw_incident (
    zaak_id uuid        not null references stat_zaak (id) on delete cascade,
    datum   date        not null,
    bron    varchar(20) not null,
    stalking boolean    not null default false
);
create index stat_nieuw_incident_zaak on stat_nieuw_incident (zaak_id);

-- a bulk import in progress or done: progress for large files, the rejected lines with their numbers
create table stat_import (
    id          uuid        primary key,
    bron        varchar(60) not null,
    gestart_op  timestamptz not null,
    gestart_door uuid,
    klaar_op    timestamptz,
    regels      integer     not null default 0,
    verwerkt    integer     not null default 0,
    opgeslagen  integer     not null default 0,
    afgewezen_aantal integer not null default 0,
    -- the first rejected lines with their reasons (capped, so a wholly wrong file cannot fill the database)
    afgewezen   jsonb       not null default '[]',
    fout        varchar(500)
);

-- a municipality's own registration of counts over a period of its choosing (the second source of §12's
-- Drenthe example), shown beside the figures from the case registration
create table gemeente_telling (
    gemeente_code  varchar(6)  not null,
    van            date        not null,
    tot            date        not null,
    rihgs          integer     not null,
    huisverboden   integer     not null,
    verlengingen   integer     not null,
    intrekkingen   integer     not null,
    overtredingen  integer     not null,
    laatste_invoer date        not null,
    ingelezen_op   timestamptz not null,
    ingelezen_door uuid        not null,
    primary key (gemeente_code, van, tot)
);

-- domain.md §12: a municipality's data count in regional and national figures only with its recorded consent
create table cijfer_toestemming (
    gemeente_code varchar(6)  primary key,
    toestemming   boolean     not null,
    vastgelegd_op timestamptz not null,
    vastgelegd_door uuid      not null
);

-- settings of the figures that the functional administrator maintains (the small-cell threshold)
create table cijfer_instelling (
    sleutel varchar(60) primary key,
    waarde  varchar(200) not null
);
