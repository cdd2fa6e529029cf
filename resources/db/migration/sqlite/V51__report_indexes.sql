-- V51 (issue 15): the service report reads a year of a million letters in under a second.
-- Completions, returns and refusals of a period are the history rows that moved a request into
-- SIAP_SURAT, DIKEMBALIKAN or DITOLAK, found by state and time from this covering index.
CREATE INDEX IF NOT EXISTS history_by_state_at ON request_history (to_state, at, from_state, letter_id);
-- IF NOT EXISTS: a database that forgot this migration (an older copy) runs it again harmlessly.
-- Receipts per service and month come from this covering index alone.
CREATE INDEX IF NOT EXISTS letter_by_received_service ON letter (received_at, service_id);
