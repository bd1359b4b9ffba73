-- identity: organisations and users
create table organisation (
    id          uuid primary key,
    type        varchar(20)  not null,
    name        varchar(200) not null,
    scope_code  varchar(100),
    email       varchar(320)
);
create index organisation_type_scope on organisation (type, scope_code);

create table app_user (
    id              uuid primary key,
    username        varchar(100) not null,
    display_name    varchar(200) not null,
    password_hash   varchar(200) not null,
    organisation_id uuid not null references organisation (id),
    role            varchar(30)  not null,
    email           varchar(320),
    enabled         boolean      not null default true
);
create unique index app_user_username on app_user (lower(username));
