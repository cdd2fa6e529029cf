-- Complaints (pengaduan): the register and the history of every step (issue 5).
-- The deadline is not stored: it follows from received_at, the category and the holiday table
-- (editable), as request deadlines do (docs/decisions/0009-complaints.md).
CREATE TABLE complaint (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL,
    seq               INTEGER NOT NULL,
    number            TEXT NOT NULL UNIQUE,
    received_at       TEXT NOT NULL,
    channel_id        INTEGER NOT NULL REFERENCES complaint_channel(id),
    channel_reference TEXT,
    anonymous         INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    complainant_name  TEXT,
    complainant_kind  TEXT NOT NULL CHECK (complainant_kind IN ('MASYARAKAT', 'INSTANSI')),
    agency_id         INTEGER REFERENCES agency(id),
    contact           TEXT,
    service_id        INTEGER REFERENCES service(id),
    letter_id         INTEGER REFERENCES letter(id),
    text              TEXT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('DITERIMA', 'DIVERIFIKASI', 'DITINDAKLANJUTI', 'SELESAI', 'DITERUSKAN')),
    category_id       INTEGER REFERENCES complaint_category(id),
    forwarded_to      TEXT,
    answer            TEXT,
    delivery          TEXT,
    delivered_on      TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_by        TEXT,
    updated_at        TEXT,
    version           INTEGER NOT NULL DEFAULT 0,
    UNIQUE (year, seq),
    CHECK (anonymous = 1 OR complainant_name IS NOT NULL)
);
CREATE INDEX complaint_state_idx ON complaint(state);
CREATE INDEX complaint_received_idx ON complaint(received_at);
CREATE INDEX complaint_letter_idx ON complaint(letter_id);

CREATE TABLE complaint_history (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaint(id),
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    from_state   TEXT,
    to_state     TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX complaint_history_idx ON complaint_history(complaint_id, id);
