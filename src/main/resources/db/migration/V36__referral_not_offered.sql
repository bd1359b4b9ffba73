-- Help that was needed but not offered (issue 13, finding 5: the funnel's "offered" share): a referral without
-- an offer date, stopped at the offer (uitval_stap AANBOD) with the reason.
alter table verwijzing alter column aangeboden_op drop not null;
alter table verwijzing add constraint verwijzing_offered_or_why_not
    check (aangeboden_op is not null or (uitval_stap = 'AANBOD' and uitval_reden is not null));
