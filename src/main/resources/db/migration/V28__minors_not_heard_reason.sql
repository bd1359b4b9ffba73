-- enforcement: why minors of 12 or older could not give their view at the hearing (Wth 7)
alter table rechtsmiddel add column reden_niet_gehoord varchar(2000);
