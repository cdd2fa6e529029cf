-- Returns and refusals for the service report (docs/decisions/0023-report-at-scale.md): history rows
-- into DIKEMBALIKAN or DITOLAK per day, state and their letter's service, kept by triggers. The
-- report counts requests, not rows: it takes off the few letters with more than one row in its period.

CREATE TABLE IF NOT EXISTS report_moved (
    day        TEXT COLLATE "C" NOT NULL,
    to_state   TEXT COLLATE "C" NOT NULL,
    service_id BIGINT NOT NULL,
    moves      INTEGER NOT NULL,
    PRIMARY KEY (day, to_state, service_id)
);

DELETE FROM report_moved;
INSERT INTO report_moved (day, to_state, service_id, moves)
SELECT substr(h.at, 1, 10), h.to_state, l.service_id, count(*)
FROM request_history h JOIN letter l ON l.id = h.letter_id
WHERE h.to_state IN ('DIKEMBALIKAN', 'DITOLAK')
GROUP BY substr(h.at, 1, 10), h.to_state, l.service_id;

CREATE OR REPLACE FUNCTION report_moved_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.to_state IN ('DIKEMBALIKAN', 'DITOLAK') THEN
            UPDATE report_moved t SET moves = t.moves - 1 FROM letter l
            WHERE l.id = OLD.letter_id AND t.day = substr(OLD.at, 1, 10) AND t.to_state = OLD.to_state
              AND t.service_id = l.service_id;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.to_state IN ('DIKEMBALIKAN', 'DITOLAK') THEN
            INSERT INTO report_moved (day, to_state, service_id, moves)
            SELECT substr(NEW.at, 1, 10), NEW.to_state, service_id, 1 FROM letter WHERE id = NEW.letter_id
            ON CONFLICT (day, to_state, service_id) DO UPDATE SET moves = report_moved.moves + 1;
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS report_moved_insert ON request_history;
CREATE TRIGGER report_moved_insert AFTER INSERT ON request_history
    FOR EACH ROW EXECUTE FUNCTION report_moved_history();
DROP TRIGGER IF EXISTS report_moved_update ON request_history;
CREATE TRIGGER report_moved_update AFTER UPDATE OF letter_id, at, to_state ON request_history
    FOR EACH ROW EXECUTE FUNCTION report_moved_history();
DROP TRIGGER IF EXISTS report_moved_delete ON request_history;
CREATE TRIGGER report_moved_delete AFTER DELETE ON request_history
    FOR EACH ROW EXECUTE FUNCTION report_moved_history();

CREATE OR REPLACE FUNCTION report_moved_letter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE report_moved t SET moves = t.moves - c.n
    FROM (SELECT substr(h.at, 1, 10) AS day, h.to_state, count(*) AS n FROM request_history h
          WHERE h.letter_id = OLD.id AND h.to_state IN ('DIKEMBALIKAN', 'DITOLAK')
          GROUP BY substr(h.at, 1, 10), h.to_state) c
    WHERE t.day = c.day AND t.to_state = c.to_state AND t.service_id = OLD.service_id;
    INSERT INTO report_moved (day, to_state, service_id, moves)
    SELECT substr(h.at, 1, 10), h.to_state, NEW.service_id, count(*) FROM request_history h
    WHERE h.letter_id = NEW.id AND h.to_state IN ('DIKEMBALIKAN', 'DITOLAK')
    GROUP BY substr(h.at, 1, 10), h.to_state
    ON CONFLICT (day, to_state, service_id) DO UPDATE SET moves = report_moved.moves + EXCLUDED.moves;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS report_moved_letter ON letter;
CREATE TRIGGER report_moved_letter AFTER UPDATE OF service_id ON letter
    FOR EACH ROW WHEN (OLD.service_id IS DISTINCT FROM NEW.service_id)
    EXECUTE FUNCTION report_moved_letter();
