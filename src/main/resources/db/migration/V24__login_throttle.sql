-- identity: failed logins per account and per source address, for throttling and a short lockout (ASVS V2.2)
create table login_throttle (
    key              varchar(200) primary key,
    failures         int         not null,
    first_failure_at timestamptz not null,
    locked_until     timestamptz
);

-- the audit trail records logins (LOGIN, LOGIN_FAILED); the action column takes the longer names
alter table audit_entry alter column action type varchar(20);
