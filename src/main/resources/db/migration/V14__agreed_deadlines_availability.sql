-- identity: availability windows (domain.md §7); outside its window an organisation's work goes to its
-- crisis service on duty. No window means always available.
alter table organisation add column available_from time;
alter table organisation add column available_until time;
alter table organisation add column crisis_service_id uuid references organisation (id);
alter table organisation add column crisis_service boolean not null default false;

-- deadlines: routed to one organisation (the crisis service at night), warned when at risk, void when the
-- order ended before the act was due
alter table deadline add column owner_organisation_id uuid;
alter table deadline add column warn_at timestamptz;
alter table deadline add column warned_at timestamptz;
create index deadline_warn on deadline (warn_at) where status = 'OPEN' and warned_at is null;
create index deadline_owner_org on deadline (owner_organisation_id, status);

-- agreed deadlines per VT region or municipality (domain.md §7); absent = the national default
create table termijn_afspraak (
    scope_type  varchar(10)  not null,
    scope_code  varchar(100) not null,
    kind        varchar(40)  not null,
    active      boolean      not null,
    unit        varchar(20)  not null,
    amount      integer      not null,
    version     integer      not null,
    updated_at  timestamptz  not null,
    updated_by  uuid         not null,
    primary key (scope_type, scope_code, kind)
);

-- decision: the mayor's decision not to extend (Wth 9), so the extension decision is on record either way
alter table huisverbod add column extension_declined_at timestamptz;
alter table huisverbod add column extension_declined_by_name varchar(200);
alter table huisverbod add column extension_declined_reason varchar(4000);
