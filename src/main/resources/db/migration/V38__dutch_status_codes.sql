-- one language in the API's codes (issue 12: the API said IMPOSED for the case and OPGELEGD for its order):
-- a case's status and an e-mail copy's state are Dutch, like every other code
update dossier set status = case status
    when 'REPORTED' then 'GEMELD' when 'CRITERIA_CHECKED' then 'CRITERIA_GETOETST' when 'ASSESSED' then 'RIHG_VASTGESTELD'
    when 'IMPOSED' then 'OPGELEGD' when 'NOT_IMPOSED' then 'NIET_OPGELEGD' when 'EXTENDED' then 'VERLENGD'
    when 'ENDED' then 'BEEINDIGD' when 'WITHDRAWN' then 'INGETROKKEN' when 'ANNULLED' then 'VERNIETIGD'
    when 'FOLLOW_UP' then 'NAZORG' when 'CLOSED' then 'GESLOTEN' else status end;
update email_delivery set status = case status
    when 'PENDING' then 'IN_WACHTRIJ' when 'SENT' then 'VERZONDEN' when 'FAILED' then 'MISLUKT'
    when 'NOT_CONFIGURED' then 'NIET_INGESTELD' else status end;
drop index email_delivery_pending;
create index email_delivery_pending on email_delivery (status) where status in ('IN_WACHTRIJ', 'MISLUKT');
