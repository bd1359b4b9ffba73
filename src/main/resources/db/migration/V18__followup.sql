-- followup: after the order (domain.md §9-§10): the help funnel per person, the problem inventory, time spent,
-- monitoring contacts and report, and the outcome coded at closing
create table verwijzing (
    id                uuid primary key,
    dossier_id        uuid          not null references dossier (id),
    persoon_id        uuid          not null,
    programma         varchar(60)   not null,
    version           integer       not null,
    aangeboden_op     date          not null,
    geaccepteerd_op   date,
    gestart_op        date,
    afgerond_op       date,
    start_verwacht    boolean       not null,
    warme_overdracht  boolean       not null,
    medewerking       integer,
    uitval_stap       varchar(20),
    uitval_reden      varchar(2000),
    organisation_id   uuid          not null,
    updated_at        timestamptz   not null,
    updated_by_name   varchar(200)  not null
);
create index verwijzing_dossier on verwijzing (dossier_id);

create table probleeminventaris (
    dossier_id      uuid         not null references dossier (id),
    persoon_id      uuid         not null,
    moment          varchar(10)  not null,
    scores          jsonb        not null,
    version         integer      not null,
    updated_at      timestamptz  not null,
    updated_by_name varchar(200) not null,
    primary key (dossier_id, persoon_id, moment)
);

create table tijdregistratie (
    id              uuid primary key,
    dossier_id      uuid          not null references dossier (id),
    organisation_id uuid          not null,
    datum           date          not null,
    soort           varchar(30)   not null,
    minuten         integer       not null,
    reistijd        integer       not null,
    recorded_by     uuid          not null,
    recorded_at     timestamptz   not null
);
create index tijdregistratie_dossier on tijdregistratie (dossier_id);

create table monitoringcontact (
    id               uuid primary key,
    dossier_id       uuid          not null references dossier (id),
    moment           timestamptz   not null,
    bereikt          boolean       not null,
    situatie         varchar(20)   not null,
    nieuw_geweld     boolean       not null,
    notitie          varchar(4000),
    recorded_by_name varchar(200)  not null,
    recorded_at      timestamptz   not null
);
create index monitoringcontact_dossier on monitoringcontact (dossier_id, moment);

create table monitoringrapport (
    dossier_id    uuid primary key references dossier (id),
    tekst         varchar(16000) not null,
    opgesteld_op  timestamptz    not null,
    opgesteld_door varchar(200)  not null
);

create table uitkomst (
    dossier_id     uuid primary key references dossier (id),
    codering       jsonb         not null,
    gesloten_op    timestamptz   not null,
    gesloten_door  varchar(200)  not null
);
