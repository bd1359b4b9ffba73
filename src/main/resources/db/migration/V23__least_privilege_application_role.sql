-- The application connects as its own role, which may read and write the data but owns nothing: it cannot
-- alter a table, switch a trigger off, or change or delete an audit entry (docs/adr/0013). Migrations run as
-- the owner. The role is ${appRole} (spring.flyway.placeholders.appRole); made here when it does not exist.

-- The event publication registry was created by Modulith at start-up; it is now a migration, so that the
-- application role needs no right to create tables.
create table if not exists event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

do $$
begin
    if not exists (select from pg_roles where rolname = '${appRole}') then
        execute format('create role %I login', '${appRole}');
    end if;
end $$;

grant usage on schema public to "${appRole}";
grant select, insert, update, delete on all tables in schema public to "${appRole}";
grant usage, select on all sequences in schema public to "${appRole}";
revoke update, delete, truncate on audit_entry, audit_seal, audit_checkpoint from "${appRole}";
revoke insert, update, delete, truncate on flyway_schema_history from "${appRole}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${appRole}";
alter default privileges in schema public grant usage, select on sequences to "${appRole}";
