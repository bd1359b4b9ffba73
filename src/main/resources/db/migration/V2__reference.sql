-- reference: municipalities, regions, population, mergers (loaded from the shipped CSV files)
create table ref_municipality (
    code               varchar(6) primary key,
    name               varchar(100) not null,
    province           varchar(50),
    safety_region_code varchar(4),
    safety_region_name varchar(100),
    police_unit        varchar(100),
    vt_region          varchar(100),
    valid_from_year    int,
    valid_to_year      int
);
create table ref_region (
    region_type varchar(20)  not null,
    code        varchar(10)  not null,
    name        varchar(100) not null,
    primary key (region_type, code)
);
create table ref_population (
    code       varchar(6) not null,
    year       int        not null,
    population int        not null,
    primary key (code, year)
);
create table ref_merger (
    old_code varchar(6)   not null,
    old_name varchar(100) not null,
    new_code varchar(6)   not null,
    new_name varchar(100) not null,
    year     int          not null,
    primary key (old_code, new_code)
);
-- Wth 3: how each municipality mandates imposing; Wth 2(8): its designated help organisation
create table municipality_policy (
    code              varchar(6) primary key,
    mandaat           varchar(20) not null,
    help_organisation varchar(200)
);
