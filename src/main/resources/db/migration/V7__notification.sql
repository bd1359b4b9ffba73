-- notification: in-app inbox per organisation (or user) and e-mail deliveries with their status
create table notification (
    id                        uuid primary key,
    recipient_organisation_id uuid         not null,
    recipient_user_id         uuid,
    dossier_id                uuid,
    kind                      varchar(40)  not null,
    subject                   varchar(300) not null,
    body                      varchar(4000) not null,
    link                      varchar(300),
    created_at                timestamptz  not null,
    read_at                   timestamptz,
    read_by                   uuid
);
create index notification_inbox on notification (recipient_organisation_id, created_at desc);

create table email_delivery (
    id              uuid primary key,
    notification_id uuid         not null references notification (id),
    to_address      varchar(320) not null,
    status          varchar(20)  not null,
    attempts        int          not null default 0,
    last_error      varchar(1000),
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
create index email_delivery_pending on email_delivery (status) where status in ('PENDING', 'FAILED');
