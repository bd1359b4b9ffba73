-- incidents: domestic-violence incidents from the police, Veilig Thuis and youth protection (domain.md §11),
-- linked to the cases whose people they involve; the base of repeat violence and of "missed cases"
create table incident (
    id             uuid primary key,
    bron           varchar(20)  not null,
    extern_nummer  varchar(60)  not null,
    datum          date         not null,
    aard           varchar(20)  not null,
    postcode       varchar(7),
    huisnummer     varchar(10),
    gemeente_code  varchar(6),
    police_unit    varchar(100),
    recorded_at    timestamptz  not null,
    recorded_by    uuid         not null,
    unique (bron, extern_nummer)
);
create index incident_adres on incident (postcode, huisnummer);
create index incident_datum on incident (datum);

create table incident_persoon (
    incident_id   uuid         not null references incident (id) on delete cascade,
    position      integer      not null,
    rol           varchar(20)  not null,
    bsn           char(9),
    voornamen     varchar(200),
    achternaam    varchar(200),
    geboortedatum date,
    primary key (incident_id, position)
);
create index incident_persoon_bsn on incident_persoon (bsn) where bsn is not null;
create index incident_persoon_naam on incident_persoon (lower(achternaam), geboortedatum);

-- how an incident relates to a case: by a person of the household (BSN, or name and date of birth), or only
-- by the address
create table incident_koppeling (
    incident_id uuid        not null references incident (id) on delete cascade,
    dossier_id  uuid        not null references dossier (id),
    grond       varchar(20) not null,
    primary key (incident_id, dossier_id)
);
create index incident_koppeling_dossier on incident_koppeling (dossier_id);
