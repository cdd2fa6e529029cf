-- V60 (issue 16): the register and Beranda at 1,000,000 letters.
--
-- 1. The register's text index holds words instead of trigrams (docs/decisions/0017). Each typed
--    word matches the start of a word in the agenda number, letter number, subject or signer
--    ("jaring" finds "jaringan", "0042/SM/2025" finds exactly that number, never 10042/SM/2025);
--    prefix indexes keep "as you type" as cheap as a whole word. The row key is the register's
--    order itself: seconds since 2000-01-01 of received_at, times 2^31, plus the letter's id
--    (ids stay below 2^31). A page newest first is then "ORDER BY rowid DESC LIMIT n" inside the
--    index, whatever the number of matches, and a date range is a key range. The agency and the
--    service are tags ("a17 v3"), so "Dinkes" can match the agency by name (the store turns the
--    name into its tag) and a filter on them is part of the same index walk. The table is
--    contentless: the words live in the letter table; a change removes the old words by value.
--    Every statement may run again on a file that already has it (a copy from a half-upgraded desk).
DROP TRIGGER IF EXISTS letter_fts_insert;
DROP TRIGGER IF EXISTS letter_fts_update;
DROP TRIGGER IF EXISTS letter_fts_delete;
DROP TABLE IF EXISTS letter_fts;

CREATE VIRTUAL TABLE letter_fts USING fts5(agenda_number, letter_number, subject, signer_name, tags,
    content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4 5 6 7 8 9 10');

INSERT INTO letter_fts (rowid, agenda_number, letter_number, subject, signer_name, tags)
SELECT (unixepoch(received_at) - 946684800) * 2147483648 + id, agenda_number, letter_number, subject,
       signer_name, 'a' || agency_id || ' v' || service_id
FROM letter;

CREATE TRIGGER letter_fts_insert AFTER INSERT ON letter BEGIN
    INSERT INTO letter_fts (rowid, agenda_number, letter_number, subject, signer_name, tags)
    VALUES ((unixepoch(new.received_at) - 946684800) * 2147483648 + new.id, new.agenda_number,
            new.letter_number, new.subject, new.signer_name, 'a' || new.agency_id || ' v' || new.service_id);
END;

CREATE TRIGGER letter_fts_update AFTER UPDATE OF received_at, agenda_number, letter_number, subject, signer_name,
    agency_id, service_id ON letter BEGIN
    INSERT INTO letter_fts (letter_fts, rowid, agenda_number, letter_number, subject, signer_name, tags)
    VALUES ('delete', (unixepoch(old.received_at) - 946684800) * 2147483648 + old.id, old.agenda_number,
            old.letter_number, old.subject, old.signer_name, 'a' || old.agency_id || ' v' || old.service_id);
    INSERT INTO letter_fts (rowid, agenda_number, letter_number, subject, signer_name, tags)
    VALUES ((unixepoch(new.received_at) - 946684800) * 2147483648 + new.id, new.agenda_number,
            new.letter_number, new.subject, new.signer_name, 'a' || new.agency_id || ' v' || new.service_id);
END;

CREATE TRIGGER letter_fts_delete AFTER DELETE ON letter BEGIN
    INSERT INTO letter_fts (letter_fts, rowid, agenda_number, letter_number, subject, signer_name, tags)
    VALUES ('delete', (unixepoch(old.received_at) - 946684800) * 2147483648 + old.id, old.agenda_number,
            old.letter_number, old.subject, old.signer_name, 'a' || old.agency_id || ' v' || old.service_id);
END;

-- 2. How many letters each agency has per service and state, kept by triggers in the same
--    transaction as the change (any writer, the sqlite3 shell included). Beranda's counts and the
--    register's totals for agency/service/state filters read these few hundred rows instead of
--    counting a million index entries on every show.
CREATE TABLE IF NOT EXISTS letter_tally (
    agency_id  INTEGER NOT NULL,
    service_id INTEGER NOT NULL,
    state      TEXT NOT NULL,
    letters    INTEGER NOT NULL,
    PRIMARY KEY (agency_id, service_id, state)
) WITHOUT ROWID;

DELETE FROM letter_tally;
INSERT INTO letter_tally (agency_id, service_id, state, letters)
SELECT agency_id, service_id, state, count(*) FROM letter GROUP BY agency_id, service_id, state;

DROP TRIGGER IF EXISTS letter_tally_insert;
CREATE TRIGGER letter_tally_insert AFTER INSERT ON letter BEGIN
    INSERT INTO letter_tally (agency_id, service_id, state, letters) VALUES (new.agency_id, new.service_id, new.state, 1)
    ON CONFLICT (agency_id, service_id, state) DO UPDATE SET letters = letter_tally.letters + 1;
END;

DROP TRIGGER IF EXISTS letter_tally_update;
CREATE TRIGGER letter_tally_update AFTER UPDATE OF agency_id, service_id, state ON letter
    WHEN old.agency_id IS NOT new.agency_id OR old.service_id IS NOT new.service_id OR old.state IS NOT new.state BEGIN
    UPDATE letter_tally SET letters = letters - 1
    WHERE agency_id = old.agency_id AND service_id = old.service_id AND state = old.state;
    INSERT INTO letter_tally (agency_id, service_id, state, letters) VALUES (new.agency_id, new.service_id, new.state, 1)
    ON CONFLICT (agency_id, service_id, state) DO UPDATE SET letters = letter_tally.letters + 1;
END;

DROP TRIGGER IF EXISTS letter_tally_delete;
CREATE TRIGGER letter_tally_delete AFTER DELETE ON letter BEGIN
    UPDATE letter_tally SET letters = letters - 1
    WHERE agency_id = old.agency_id AND service_id = old.service_id AND state = old.state;
END;

-- 3. A typed letter number finds its letter through the index (also across agencies), and the
--    register sorted by letter date walks an index instead of sorting every letter.
CREATE INDEX IF NOT EXISTS letter_by_number_key ON letter (letter_number_key);
CREATE INDEX IF NOT EXISTS letter_by_letter_date ON letter (letter_date, id);
