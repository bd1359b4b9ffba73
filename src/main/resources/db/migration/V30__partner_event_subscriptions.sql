-- Events partner systems subscribe to (issue 14, docs/adr/0023). A subscription belongs to one account (a
-- partner's system) and is delivered only what that account may know of the case at the moment of the event.
create table subscription (
    id              uuid primary key,
    user_id         uuid not null references app_user (id),
    callback_url    varchar(1000) not null,
    format          varchar(20) not null check (format in ('ZGW_NOTIFICATIE', 'CLOUDEVENTS')),
    kinds           text[] not null,
    -- the ZGW Notificaties "auth": sent as the Authorization header of every callback
    auth_header     varchar(1000),
    -- the HMAC-SHA256 key of the webhook-signature header (Standard Webhooks), base64
    signing_secret  varchar(100) not null,
    created_at      timestamptz not null,
    ended_at        timestamptz,
    -- the dispatcher's state: when it tries next, how many failures in a row, which node holds it until when
    next_attempt_at timestamptz not null,
    failures        int not null default 0,
    lease_owner     varchar(100),
    lease_until     timestamptz
);
create index subscription_by_user on subscription (user_id);

-- Every event once, by an id that follows from what happened (a republished domain event gets the same id).
create table partner_event (
    seq           bigserial primary key,
    id            uuid not null unique,
    kind          varchar(60) not null,
    dossier_id    uuid not null,
    resource_path varchar(300) not null,
    gemeente_code varchar(6),
    -- what kind of deadline, for a missed deadline
    detail        varchar(60),
    occurred_at   timestamptz not null,
    trace_id      varchar(32) not null
);

-- What each subscription still has to deliver, in the order of the events.
create table subscription_delivery (
    subscription_id uuid not null references subscription (id),
    event_seq       bigint not null references partner_event (seq),
    delivered_at    timestamptz,
    attempts        int not null default 0,
    primary key (subscription_id, event_seq)
);
create index subscription_delivery_pending on subscription_delivery (subscription_id, event_seq) where delivered_at is null;

-- The delivery log: every attempt with its answer.
create table delivery_attempt (
    id              bigserial primary key,
    subscription_id uuid not null references subscription (id),
    event_seq       bigint not null references partner_event (seq),
    attempted_at    timestamptz not null,
    status_code     int,
    error           varchar(300),
    duration_ms     int not null
);
create index delivery_attempt_by_subscription on delivery_attempt (subscription_id, id desc);
