-- V4: the request workflow (issue 3): who works on a request, the clock across pauses,
-- decisions with their reasons, and what processing did (for the confirmation letter).

-- Working days already used before the current clock_start (set when the clock pauses because
-- the request went back to the agency; clock_start is set anew when the missing items arrive).
ALTER TABLE letter ADD COLUMN clock_days_used INTEGER NOT NULL DEFAULT 0;
-- The day the clock paused (returned to the agency); NULL while it runs.
ALTER TABLE letter ADD COLUMN paused_on TEXT;
-- Who reviews (Analis) and who processes (Pelaksana): operator usernames.
ALTER TABLE letter ADD COLUMN reviewer TEXT;
ALTER TABLE letter ADD COLUMN processor TEXT;
-- Why it was returned or refused, and what the agency must complete (returned).
ALTER TABLE letter ADD COLUMN decision_reason TEXT;
ALTER TABLE letter ADD COLUMN missing_items TEXT;
ALTER TABLE letter ADD COLUMN updated_at TEXT;
ALTER TABLE letter ADD COLUMN updated_by TEXT;

CREATE INDEX letter_by_processor ON letter (processor, state);

-- Step c of the standard, recorded as structured fields per service (never a password).
CREATE TABLE request_processing (
    letter_id    INTEGER PRIMARY KEY REFERENCES letter(id),
    kind         TEXT NOT NULL CHECK (kind IN ('JARINGAN','VICON','EMAIL','HOSTING','CLOUD')),
    details      TEXT NOT NULL,   -- JSON object: field name -> value, as entered on the Proses screen
    summary      TEXT NOT NULL,   -- what was done, in Indonesian, quoted by the confirmation letter
    processed_by TEXT NOT NULL,
    processed_at TEXT NOT NULL
);
