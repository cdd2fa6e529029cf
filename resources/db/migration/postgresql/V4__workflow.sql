-- PostgreSQL: as db/migration/sqlite/V4__workflow.sql.
-- V4: the request workflow (issue 3): who works on a request, the clock across pauses,
-- decisions with their reasons, and what processing did (for the confirmation letter).

-- Working days already used before the current clock_start (set when the clock pauses because
-- the request went back to the agency; clock_start is set anew when the missing items arrive).
ALTER TABLE letter ADD COLUMN clock_days_used INTEGER NOT NULL DEFAULT 0;
-- The day the clock paused (returned to the agency); NULL while it runs.
ALTER TABLE letter ADD COLUMN paused_on TEXT COLLATE "C";
-- Who reviews (Analis) and who processes (Pelaksana): operator usernames.
ALTER TABLE letter ADD COLUMN reviewer TEXT COLLATE "C";
ALTER TABLE letter ADD COLUMN processor TEXT COLLATE "C";
-- Why it was returned or refused, and what the agency must complete (returned).
ALTER TABLE letter ADD COLUMN decision_reason TEXT COLLATE "C";
ALTER TABLE letter ADD COLUMN missing_items TEXT COLLATE "C";
ALTER TABLE letter ADD COLUMN updated_at TEXT COLLATE "C";
ALTER TABLE letter ADD COLUMN updated_by TEXT COLLATE "C";

CREATE INDEX letter_by_processor ON letter (processor, state);

-- Step c of the standard, recorded as structured fields per service (never a password).
CREATE TABLE request_processing (
    letter_id    BIGINT PRIMARY KEY REFERENCES letter(id),
    kind         TEXT COLLATE "C" NOT NULL CHECK (kind IN ('JARINGAN','VICON','EMAIL','HOSTING','CLOUD')),
    details      TEXT COLLATE "C" NOT NULL,   -- JSON object: field name -> value, as entered on the Proses screen
    summary      TEXT COLLATE "C" NOT NULL,   -- what was done, in Indonesian, quoted by the confirmation letter
    processed_by TEXT COLLATE "C" NOT NULL,
    processed_at TEXT COLLATE "C" NOT NULL
);
