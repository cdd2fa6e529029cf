-- V60 (issue 16): the register and Beranda at 1,000,000 letters; the PostgreSQL side of the SQLite
-- migration with the same number. The text search needs no new index here: letter_search (V1) is
-- under a pg_trgm GIN index, which also serves the word-start patterns the store now sends.
--
-- 1. How many letters each agency has per service and state, kept by triggers in the same
--    transaction as the change (any writer, psql included). Beranda's counts and the register's
--    totals for agency/service/state filters read these few hundred rows instead of counting the
--    letters on every show. Derived: copies and backups leave it out; a bulk load rebuilds it.
CREATE TABLE IF NOT EXISTS letter_tally (
    agency_id  BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    state      TEXT COLLATE "C" NOT NULL,
    letters    INTEGER NOT NULL,
    PRIMARY KEY (agency_id, service_id, state)
);

DELETE FROM letter_tally;
INSERT INTO letter_tally (agency_id, service_id, state, letters)
SELECT agency_id, service_id, state, count(*) FROM letter GROUP BY agency_id, service_id, state;

CREATE OR REPLACE FUNCTION letter_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE letter_tally SET letters = letters - 1
        WHERE agency_id = OLD.agency_id AND service_id = OLD.service_id AND state = OLD.state;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO letter_tally (agency_id, service_id, state, letters)
        VALUES (NEW.agency_id, NEW.service_id, NEW.state, 1)
        ON CONFLICT (agency_id, service_id, state) DO UPDATE SET letters = letter_tally.letters + 1;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS letter_tally_insert ON letter;
CREATE TRIGGER letter_tally_insert AFTER INSERT ON letter
    FOR EACH ROW EXECUTE FUNCTION letter_tally_change();
DROP TRIGGER IF EXISTS letter_tally_update ON letter;
CREATE TRIGGER letter_tally_update AFTER UPDATE OF agency_id, service_id, state ON letter
    FOR EACH ROW WHEN (OLD.agency_id IS DISTINCT FROM NEW.agency_id OR OLD.service_id IS DISTINCT FROM NEW.service_id
                       OR OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION letter_tally_change();
DROP TRIGGER IF EXISTS letter_tally_delete ON letter;
CREATE TRIGGER letter_tally_delete AFTER DELETE ON letter
    FOR EACH ROW EXECUTE FUNCTION letter_tally_change();

-- 2. A typed letter number finds its letter through an index (also across agencies), and the
--    register sorted by letter date walks an index instead of sorting every letter.
CREATE INDEX IF NOT EXISTS letter_by_number_key ON letter (letter_number_key);
CREATE INDEX IF NOT EXISTS letter_by_letter_date ON letter (letter_date, id);
