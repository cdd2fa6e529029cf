-- Returns and refusals for the service report (docs/decisions/0023-report-at-scale.md): history rows
-- into DIKEMBALIKAN or DITOLAK per day, state and their letter's service, kept by triggers. The
-- report counts requests, not rows: it takes off the few letters with more than one row in its period.

CREATE TABLE IF NOT EXISTS report_moved (
    day        TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    service_id INTEGER NOT NULL,
    moves      INTEGER NOT NULL,
    PRIMARY KEY (day, to_state, service_id)
) WITHOUT ROWID;

DELETE FROM report_moved;
INSERT INTO report_moved (day, to_state, service_id, moves)
SELECT substr(h.at, 1, 10), h.to_state, l.service_id, count(*)
FROM request_history h JOIN letter l ON l.id = h.letter_id
WHERE h.to_state IN ('DIKEMBALIKAN', 'DITOLAK')
GROUP BY substr(h.at, 1, 10), h.to_state, l.service_id;

DROP TRIGGER IF EXISTS report_moved_insert;
CREATE TRIGGER report_moved_insert AFTER INSERT ON request_history
    WHEN new.to_state IN ('DIKEMBALIKAN', 'DITOLAK') BEGIN
    INSERT INTO report_moved (day, to_state, service_id, moves)
    SELECT substr(new.at, 1, 10), new.to_state, service_id, 1 FROM letter WHERE id = new.letter_id
    ON CONFLICT (day, to_state, service_id) DO UPDATE SET moves = report_moved.moves + 1;
END;

DROP TRIGGER IF EXISTS report_moved_delete;
CREATE TRIGGER report_moved_delete AFTER DELETE ON request_history
    WHEN old.to_state IN ('DIKEMBALIKAN', 'DITOLAK') BEGIN
    UPDATE report_moved SET moves = moves - 1
    WHERE day = substr(old.at, 1, 10) AND to_state = old.to_state
      AND service_id = (SELECT service_id FROM letter WHERE id = old.letter_id);
END;

DROP TRIGGER IF EXISTS report_moved_update_old;
CREATE TRIGGER report_moved_update_old AFTER UPDATE OF letter_id, at, to_state ON request_history
    WHEN old.to_state IN ('DIKEMBALIKAN', 'DITOLAK') BEGIN
    UPDATE report_moved SET moves = moves - 1
    WHERE day = substr(old.at, 1, 10) AND to_state = old.to_state
      AND service_id = (SELECT service_id FROM letter WHERE id = old.letter_id);
END;

DROP TRIGGER IF EXISTS report_moved_update_new;
CREATE TRIGGER report_moved_update_new AFTER UPDATE OF letter_id, at, to_state ON request_history
    WHEN new.to_state IN ('DIKEMBALIKAN', 'DITOLAK') BEGIN
    INSERT INTO report_moved (day, to_state, service_id, moves)
    SELECT substr(new.at, 1, 10), new.to_state, service_id, 1 FROM letter WHERE id = new.letter_id
    ON CONFLICT (day, to_state, service_id) DO UPDATE SET moves = report_moved.moves + 1;
END;

DROP TRIGGER IF EXISTS report_moved_letter;
CREATE TRIGGER report_moved_letter AFTER UPDATE OF service_id ON letter
    WHEN old.service_id IS NOT new.service_id BEGIN
    UPDATE report_moved SET moves = moves - (
        SELECT count(*) FROM request_history h
        WHERE h.letter_id = old.id AND h.to_state = report_moved.to_state AND substr(h.at, 1, 10) = report_moved.day)
    WHERE service_id = old.service_id
      AND (day, to_state) IN (SELECT substr(h.at, 1, 10), h.to_state FROM request_history h
                              WHERE h.letter_id = old.id AND h.to_state IN ('DIKEMBALIKAN', 'DITOLAK'));
    INSERT INTO report_moved (day, to_state, service_id, moves)
    SELECT substr(h.at, 1, 10), h.to_state, new.service_id, count(*) FROM request_history h
    WHERE h.letter_id = new.id AND h.to_state IN ('DIKEMBALIKAN', 'DITOLAK')
    GROUP BY substr(h.at, 1, 10), h.to_state
    ON CONFLICT (day, to_state, service_id) DO UPDATE SET moves = report_moved.moves + excluded.moves;
END;
