-- deadlines: every legal and agreed deadline of a case, with its outcome
create table deadline (
    id                      uuid primary key,
    dossier_id              uuid         not null,
    dossier_nummer          varchar(30)  not null,
    kind                    varchar(40)  not null,
    legal                   boolean      not null,
    owner_organisation_type varchar(20)  not null,
    owner_scope_code        varchar(100) not null,
    starts_at               timestamptz  not null,
    due_at                  timestamptz  not null,
    status                  varchar(10)  not null,
    met_at                  timestamptz,
    missed_at               timestamptz,
    unique (dossier_id, kind)
);
-- the sweep reads only open deadlines in due order
create index deadline_open_due on deadline (due_at) where status = 'OPEN';
create index deadline_owner on deadline (owner_organisation_type, owner_scope_code, status);
