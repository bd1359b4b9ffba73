-- subscription: since when a partner's receiver has not taken an event, and whether people were told. A receiver
-- that stays down is retried for as long as it takes (nothing is dropped), but after a while its organisation and
-- the functional administrators hear of it, once, and again when it takes its events again.
alter table subscription add column failing_since timestamptz;
alter table subscription add column alerted_at timestamptz;
