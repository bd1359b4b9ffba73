-- Sources that hold the same cases (issue 13, finding 5): a case is the same when its municipality (in today's
-- boundaries) and the minute of its order (or, without an order, of its RiHG) are the same. Recomputed for a
-- source after each import of it and each projection of the live cases; a figure over all sources refuses a
-- period in which two sources overlap, rather than counting their cases twice.
create table stat_bron_overlap (
    bron          varchar(100) not null,
    andere_bron   varchar(100) not null,
    zaken         integer not null,
    eerste_jaar   integer not null,
    laatste_jaar  integer not null,
    primary key (bron, andere_bron),
    check (bron < andere_bron)
);
