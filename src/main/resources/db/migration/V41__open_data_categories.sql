-- Open data (issue 13, finding 7; docs/adr/0026): tables by category (a deadline's kind, a role), such as the
-- timeliness per deadline and the help funnel per role. Empty in the tables that have no categories.
alter table open_data_observation add column category varchar(60);
