-- Logboek Dataverwerkingen (issue 14, docs/adr/0024): every entry names the trace and span of the request
-- that wrote it (W3C Trace Context), the caller's span when the caller sent one, and the processing activity of
-- the register (AVG art. 30) it was done for. Entries from before stay as they were; their hashes do not change.
alter table audit_entry add column trace_id varchar(32);
alter table audit_entry add column span_id varchar(16);
alter table audit_entry add column parent_span_id varchar(16);
alter table audit_entry add column processing_activity varchar(60);
create index audit_entry_by_trace on audit_entry (trace_id) where trace_id is not null;
