-- decision: why an extension was decided without hearing the evicted person (Awb 4:11) or without an advice
alter table huisverbod add column extension_not_heard_reason varchar(2000);
alter table huisverbod add column extension_no_zorgadvies_reason varchar(2000);
alter table huisverbod add column extension_no_beleidsadvies_reason varchar(2000);
-- decision: why an order said orally was recorded later than it was imposed (Wth 2(7))
alter table huisverbod add column late_recording_reason varchar(2000);
-- decision: what a herstelbeschikking corrects, in which beschikking (a formal error only)
alter table beschikking add column herstelt_id uuid references beschikking (id);
alter table beschikking add column vormfout varchar(30);
alter table beschikking add column onjuist varchar(300);
alter table beschikking add column juist varchar(300);
-- reference: the contact details a municipality's decision letters carry under its name
alter table municipality_policy add column briefhoofd varchar(500);
