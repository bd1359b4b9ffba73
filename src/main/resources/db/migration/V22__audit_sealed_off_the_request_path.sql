-- audit: entries are appended without a lock in the request's transaction and sealed into the hash chain
-- afterwards by one sealer at a time (docs/adr/0013). The entry keeps its content; its place in the chain
-- (position, previous hash, hash) lives in audit_seal; audit_pending lists the committed entries not yet
-- sealed; audit_checkpoint publishes the signed heads of the chain.

create table audit_seal (
    position   bigint primary key,
    entry_seq  bigint      not null unique references audit_entry (seq),
    prev_hash  char(64)    not null,
    hash       char(64)    not null,
    sealed_at  timestamptz not null default now()
);

-- The existing chain keeps its hashes: the content hash never included the position, only the entry's own
-- number and the previous hash, and the positions follow the old order.
insert into audit_seal (position, entry_seq, prev_hash, hash)
select row_number() over (order by seq), seq, prev_hash, hash from audit_entry;

alter table audit_entry drop column prev_hash;
alter table audit_entry drop column hash;

create table audit_pending (
    entry_seq bigint primary key references audit_entry (seq)
);

create table audit_checkpoint (
    position   bigint      primary key,
    head_hash  char(64)    not null,
    signed_at  timestamptz not null,
    key_id     varchar(64) not null,
    signature  text        not null
);

create trigger audit_seal_no_update before update or delete on audit_seal
    for each row execute function audit_entry_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_entry_append_only();
create trigger audit_checkpoint_no_update before update or delete on audit_checkpoint
    for each row execute function audit_entry_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_entry_append_only();

create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end $$;
