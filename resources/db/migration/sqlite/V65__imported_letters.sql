-- V42 (issue 14): letters imported from the old paper agenda book keep their agenda numbers and are
-- marked imported (1); their serial (agenda_seq) is below zero, so it never takes one of Loket's own.
ALTER TABLE letter ADD COLUMN imported INTEGER NOT NULL DEFAULT 0;
