-- retention (Wth 10): the beschikkingen and the documents received are destroyed five years after the
-- decision; what remains is the fact that they existed, their number, hash and the moment of destruction
alter table beschikking add column vernietigd_op timestamptz;
alter table dossier_document add column vernietigd_op timestamptz;
create index beschikking_bewaard on beschikking (huisverbod_id) where vernietigd_op is null;
