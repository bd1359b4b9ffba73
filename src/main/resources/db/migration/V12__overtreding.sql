-- enforcement: breaches of the order (Wth 11), their reporting and the criminal follow-up
create table overtreding (
    id                    uuid primary key,
    version               int          not null,
    dossier_id            uuid         not null,
    occurred_at           timestamptz  not null,
    vorm                  varchar(30)  not null,
    gemeld_door           varchar(30)  not null,
    bron_vertrouwelijk    boolean      not null,
    bron_organisation_id  uuid         not null,
    bron_organisation_name varchar(200) not null,
    beschrijving          varchar(4000) not null,
    proces_verbaal        boolean      not null,
    aanhouding            boolean      not null,
    om_beslissing         varchar(30),
    om_beslissing_at      timestamptz,
    recorded_at           timestamptz  not null,
    recorded_by           uuid         not null
);
create index overtreding_dossier on overtreding (dossier_id, occurred_at);
