-- Loket schema, version 1: reference tables (editable), incoming letters, their history.
-- Dates are ISO-8601 text: 'YYYY-MM-DD' and local 'YYYY-MM-DDTHH:MM' (Asia/Pontianak office time).

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE agency (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    abbreviation TEXT,
    kind         TEXT NOT NULL,
    parent_id    INTEGER REFERENCES agency(id),
    note         TEXT,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE service (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL UNIQUE CHECK (kind IN ('JARINGAN','VICON','EMAIL','HOSTING','CLOUD')),
    name         TEXT NOT NULL,
    legal_basis  TEXT NOT NULL,
    working_days INTEGER NOT NULL CHECK (working_days >= 0),
    cost         TEXT NOT NULL,
    product      TEXT NOT NULL,
    position     INTEGER NOT NULL
);

CREATE TABLE service_requirement (
    id         INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES service(id),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL
);

CREATE TABLE service_step (
    service_id INTEGER NOT NULL REFERENCES service(id),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);

CREATE TABLE complaint_channel (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    detail          TEXT NOT NULL,
    needs_reference INTEGER NOT NULL DEFAULT 0 CHECK (needs_reference IN (0, 1)),
    position        INTEGER NOT NULL
);

CREATE TABLE complaint_category (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    working_days INTEGER NOT NULL CHECK (working_days > 0),
    position     INTEGER NOT NULL
);

CREATE TABLE holiday (
    date  TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind  TEXT NOT NULL CHECK (kind IN ('libur', 'cuti_bersama')),
    name  TEXT NOT NULL,
    basis TEXT
);

-- Agenda serials restart every year; taken inside the registering transaction.
CREATE TABLE agenda_counter (
    year     INTEGER PRIMARY KEY,
    last_seq INTEGER NOT NULL
);

CREATE TABLE letter (
    id                INTEGER PRIMARY KEY,
    agenda_year       INTEGER NOT NULL,
    agenda_seq        INTEGER NOT NULL,
    agenda_number     TEXT NOT NULL UNIQUE,
    received_at       TEXT NOT NULL,
    agency_id         INTEGER NOT NULL REFERENCES agency(id),
    letter_number     TEXT NOT NULL,
    letter_number_key TEXT NOT NULL,
    letter_date       TEXT NOT NULL,
    subject           TEXT NOT NULL,
    service_id        INTEGER NOT NULL REFERENCES service(id),
    signer_role       TEXT NOT NULL CHECK (signer_role IN ('KEPALA_PD', 'KEPALA_UPT')),
    signer_name       TEXT NOT NULL,
    contact_name      TEXT,
    contact_phone     TEXT,
    notes             TEXT,
    state             TEXT NOT NULL,
    clock_start       TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    UNIQUE (agenda_year, agenda_seq)
);
CREATE INDEX letter_by_received ON letter (received_at DESC, id DESC);
CREATE INDEX letter_by_agency_number ON letter (agency_id, letter_number_key);
CREATE INDEX letter_by_state ON letter (state, received_at DESC);
CREATE INDEX letter_by_service ON letter (service_id, received_at DESC);
CREATE INDEX letter_by_agency ON letter (agency_id, received_at DESC);

CREATE TABLE letter_requirement (
    letter_id      INTEGER NOT NULL REFERENCES letter(id),
    requirement_id INTEGER NOT NULL REFERENCES service_requirement(id),
    fulfilled      INTEGER NOT NULL CHECK (fulfilled IN (0, 1)),
    PRIMARY KEY (letter_id, requirement_id)
) WITHOUT ROWID;

-- Every state change of a request, written in the same transaction as the change.
CREATE TABLE request_history (
    id         INTEGER PRIMARY KEY,
    letter_id  INTEGER NOT NULL REFERENCES letter(id),
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    from_state TEXT,
    to_state   TEXT NOT NULL,
    note       TEXT
);
CREATE INDEX history_by_letter ON request_history (letter_id, id);

-- Substring search for the register (trigram: any 3+ characters of number, subject, agency, signer).
CREATE VIRTUAL TABLE letter_fts USING fts5(
    agenda_number, letter_number, subject, agency, signer_name, tokenize = 'trigram');

CREATE TRIGGER letter_fts_insert AFTER INSERT ON letter BEGIN
    INSERT INTO letter_fts (rowid, agenda_number, letter_number, subject, agency, signer_name)
    VALUES (new.id, new.agenda_number, new.letter_number, new.subject,
            (SELECT coalesce(abbreviation, '') || ' ' || name FROM agency WHERE id = new.agency_id),
            new.signer_name);
END;

CREATE TRIGGER letter_fts_update AFTER UPDATE OF agenda_number, letter_number, subject, agency_id, signer_name
    ON letter BEGIN
    DELETE FROM letter_fts WHERE rowid = old.id;
    INSERT INTO letter_fts (rowid, agenda_number, letter_number, subject, agency, signer_name)
    VALUES (new.id, new.agenda_number, new.letter_number, new.subject,
            (SELECT coalesce(abbreviation, '') || ' ' || name FROM agency WHERE id = new.agency_id),
            new.signer_name);
END;

CREATE TRIGGER letter_fts_delete AFTER DELETE ON letter BEGIN
    DELETE FROM letter_fts WHERE rowid = old.id;
END;
