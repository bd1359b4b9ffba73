-- decision: extension (Wth 9), withdrawal (Wth 2(9)) and the end of the order
alter table huisverbod add column extended_at timestamptz;
alter table huisverbod add column extended_by uuid;
alter table huisverbod add column extended_by_name varchar(200);
alter table huisverbod add column extension_reasons varchar(8000);
alter table huisverbod add column withdrawn_at timestamptz;
alter table huisverbod add column withdrawn_by uuid;
alter table huisverbod add column withdrawn_by_name varchar(200);
alter table huisverbod add column withdrawal_reason varchar(30);
alter table huisverbod add column withdrawal_explanation varchar(4000);
alter table huisverbod add column ended_at timestamptz;
-- the end sweep reads running orders by their end
create index huisverbod_running_end on huisverbod (ends_at) where status = 'OPGELEGD';
