-- V5 (issue 3): the worklists of Kajian and Proses read only open requests. This index covers
-- the columns the worklist sorts by (state, processor, clock start, days used, service, received),
-- so the sort keys of the few hundred open requests come from the index alone, without reading
-- each letter row; full rows are then read for one page only.
CREATE INDEX letter_worklist ON letter (state, processor, clock_start, clock_days_used, service_id, received_at);
