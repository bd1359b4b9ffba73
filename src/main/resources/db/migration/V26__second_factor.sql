-- identity: the second factor of people (OWASP ASVS 2.8: time-based one-time passwords, RFC 6238). The shared
-- secret is kept encrypted (AES-GCM) with a key outside the database, so a copy of the database alone cannot
-- produce codes. last_step is the last 30-second step a code was accepted for: a code is used once.
create table second_factor (
    user_id     uuid        primary key references app_user (id),
    secret      bytea       not null,
    enrolled_at timestamptz not null,
    last_step   bigint      not null default 0
);
