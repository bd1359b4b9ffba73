-- Why no order was imposed after a RiHG (domain.md §4 step 4; issue 13, finding 5): imported with the case or
-- projected from the live decision, so that the figures can count the reasons.
alter table stat_zaak add column reden_niet_opgelegd varchar(30);
