-- decision: the huisverbod, its beschikkingen and the municipal legal check
create table huisverbod (
    id                        uuid primary key,
    version                   int          not null,
    dossier_id                uuid         not null unique,
    status                    varchar(20)  not null,
    gemeente_code             varchar(6)   not null,
    postcode                  varchar(7)   not null,
    huisnummer                varchar(20)  not null,
    mandaat                   varchar(20)  not null,
    feiten                    varchar(8000),
    afwijkingsreden           varchar(2000),
    reden_niet_opleggen       varchar(30),
    reden_toelichting         varchar(2000),
    proposed_at               timestamptz,
    proposed_by               uuid,
    proposed_by_name          varchar(200),
    voorstel                  varchar(20),
    decided_at                timestamptz,
    decided_by                uuid,
    decided_by_name           varchar(200),
    decided_by_role           varchar(30),
    imposed_at                timestamptz,
    ends_at                   timestamptz,
    mondeling                 boolean      not null default false,
    served_at                 timestamptz,
    serving_method            varchar(20),
    mayor_informed_at         timestamptz,
    reachability              varchar(1000),
    reachability_recorded_at  timestamptz,
    keys_handed_in_at         timestamptz,
    keys_receipt              varchar(100),
    lawyer_requested_at       timestamptz,
    lawyer_arranged_at        timestamptz,
    lawyer_name               varchar(200)
);
create index huisverbod_address on huisverbod (postcode, huisnummer);
create index huisverbod_gemeente on huisverbod (gemeente_code, status);

create sequence beschikking_nummer_seq;
create table beschikking (
    id            uuid primary key,
    huisverbod_id uuid         not null references huisverbod (id),
    soort         varchar(20)  not null,
    nummer        varchar(40)  not null unique,
    created_at    timestamptz  not null,
    created_by    uuid         not null,
    toelichting   varchar(4000),
    pdf           bytea        not null,
    sha256        char(64)     not null
);
create index beschikking_huisverbod on beschikking (huisverbod_id);

create table juridische_controle (
    id            uuid primary key,
    huisverbod_id uuid          not null references huisverbod (id),
    checked_at    timestamptz   not null,
    checked_by    uuid          not null,
    checked_by_name varchar(200) not null,
    uitkomst      varchar(20)   not null,
    checklist     varchar(2000) not null,
    opmerkingen   varchar(4000)
);
create index juridische_controle_huisverbod on juridische_controle (huisverbod_id);
