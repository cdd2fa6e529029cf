-- V35 (issue 13 item 5, docs/decisions/0021): corrections of a registered letter. One row per
-- correction (who, when, why) and one per changed field with its value before and after, written in
-- the same transaction as the letter's update and its audit entry. Kept apart from request_history:
-- a correction is no step of the workflow, and the reports count history rows by their state.
CREATE TABLE IF NOT EXISTS letter_correction (
    id        INTEGER PRIMARY KEY,
    letter_id INTEGER NOT NULL REFERENCES letter(id),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    reason    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS letter_correction_by_letter ON letter_correction (letter_id, id);

CREATE TABLE IF NOT EXISTS letter_correction_change (
    correction_id INTEGER NOT NULL REFERENCES letter_correction(id),
    position      INTEGER NOT NULL,
    field         TEXT NOT NULL,
    before_value  TEXT,
    after_value   TEXT,
    PRIMARY KEY (correction_id, position)
);
