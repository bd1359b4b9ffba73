-- enforcement: legal remedies against the order (Wth 6-8)
create table rechtsmiddel (
    id                      uuid primary key,
    version                 int          not null,
    dossier_id              uuid         not null,
    soort                   varchar(30)  not null,
    ingediend_op            timestamptz  not null,
    zitting_op              timestamptz,
    minderjarigen_gehoord   boolean,
    uitspraak_op            timestamptz,
    uitkomst                varchar(30),
    toelichting             varchar(4000),
    recorded_at             timestamptz  not null,
    recorded_by             uuid         not null
);
create index rechtsmiddel_dossier on rechtsmiddel (dossier_id);
alter table huisverbod add column annulled_at timestamptz;
