-- figures: domestic-violence incidents the police registered per municipality and year (domain.md §12: orders
-- and RiHGs per police report); the denominator of "per police report"
create table politie_telling (
    gemeente_code varchar(6)   not null,
    jaar          integer      not null,
    aantal        integer      not null,
    ingelezen_op  timestamptz  not null,
    ingelezen_door uuid        not null,
    primary key (gemeente_code, jaar)
);
