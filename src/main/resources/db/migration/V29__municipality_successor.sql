-- Figures count every case in the municipality that now holds its territory (issue 13, ADR 0020): a
-- dissolved municipality's cases, population and police counts count in its current successor and that
-- successor's regions, so that regions add up to the nation in every year. Filled by the reference loader.
alter table ref_municipality add column successor_code varchar(6);
