-- audit: append-only, hash-chained trail of every read and write of personal data
create sequence audit_entry_seq;
create table audit_entry (
    seq               bigint primary key,
    occurred_at       timestamptz  not null,
    user_id           uuid,
    username          varchar(100) not null,
    organisation_id   uuid,
    organisation_name varchar(200),
    role              varchar(30),
    action            varchar(10)  not null,
    object_type       varchar(50)  not null,
    object_id         uuid,
    dossier_id        uuid,
    person_ids        uuid[]       not null default '{}',
    purpose           varchar(300),
    legal_basis       varchar(300),
    details           varchar(2000),
    prev_hash         char(64)     not null,
    hash              char(64)     not null
);
create index audit_entry_dossier on audit_entry (dossier_id);
create index audit_entry_user on audit_entry (lower(username), occurred_at);
create index audit_entry_persons on audit_entry using gin (person_ids);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
