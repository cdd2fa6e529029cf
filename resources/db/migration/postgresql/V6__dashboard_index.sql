-- Beranda counts requests per state and per service in one pass over this covering index
-- (docs/decisions/0006); 100,000 letters are read from the index alone, never from the table.
CREATE INDEX letter_by_state_service ON letter (state, service_id);
