-- The case in the municipality's ZGW store (issue 14, docs/adr/0025). A ZGW link is a subscription of the
-- municipality's system account in the format ZGW_ZAKEN: the dispatcher hands its events to the ZGW client
-- instead of posting a callback, with the same order, retries and delivery log, and the account's
-- need-to-know decides which cases it is told of.
alter table subscription drop constraint subscription_format_check;
alter table subscription add constraint subscription_format_check
    check (format in ('ZGW_NOTIFICATIE', 'CLOUDEVENTS', 'ZGW_ZAKEN'));

-- Where the municipality's ZGW APIs are and which catalogue types (Catalogi API URLs) the product uses.
create table zgw_link (
    subscription_id         uuid primary key references subscription (id),
    zaken_url               varchar(1000) not null,
    besluiten_url           varchar(1000) not null,
    documenten_url          varchar(1000) not null,
    rsin                    varchar(9) not null,
    zaaktype                varchar(1000) not null,
    besluittype_oplegging   varchar(1000) not null,
    besluittype_verlenging  varchar(1000) not null,
    besluittype_intrekking  varchar(1000) not null,
    statustype_opgelegd     varchar(1000) not null,
    statustype_verlengd     varchar(1000) not null,
    statustype_beeindigd    varchar(1000) not null,
    resultaattype           varchar(1000) not null,
    informatieobjecttype    varchar(1000) not null,
    client_id               varchar(200) not null,
    -- the ZGW JWT secret (HS256), sealed with AES-256-GCM by a key kept outside the database
    client_secret_sealed    bytea not null
);

-- What the product created in the store for a case, by step: a retry continues where it stopped and
-- nothing is created twice.
create table zgw_object (
    subscription_id uuid not null references subscription (id),
    dossier_id      uuid not null,
    step            varchar(80) not null,
    url             varchar(1000) not null,
    created_at      timestamptz not null default now(),
    primary key (subscription_id, dossier_id, step)
);
