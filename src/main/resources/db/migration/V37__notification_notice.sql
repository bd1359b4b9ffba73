-- a notice's texts as message keys and arguments, so that the inbox shows it in each reader's language;
-- subject and body keep the Dutch words (the e-mail copy, and every notice written before this column)
alter table notification add column notice jsonb;
