-- The service report at a million letters (docs/decisions/0023-report-at-scale.md): letters received
-- per service and day, and completions per service, day 0, days used before it and completion day,
-- kept by triggers in the transaction of every change, so a year's report reads a few thousand
-- rows instead of every letter and history row. Both hold only facts that do not depend on the
-- holiday calendar: the working days are counted when the report is made, as before.

CREATE TABLE IF NOT EXISTS report_received (
    day        TEXT NOT NULL,
    service_id INTEGER NOT NULL,
    letters    INTEGER NOT NULL,
    PRIMARY KEY (day, service_id)
) WITHOUT ROWID;

DELETE FROM report_received;
INSERT INTO report_received (day, service_id, letters)
SELECT substr(received_at, 1, 10), service_id, count(*) FROM letter GROUP BY substr(received_at, 1, 10), service_id;

DROP TRIGGER IF EXISTS report_received_insert;
CREATE TRIGGER report_received_insert AFTER INSERT ON letter BEGIN
    INSERT INTO report_received (day, service_id, letters) VALUES (substr(new.received_at, 1, 10), new.service_id, 1)
    ON CONFLICT (day, service_id) DO UPDATE SET letters = report_received.letters + 1;
END;

DROP TRIGGER IF EXISTS report_received_update;
CREATE TRIGGER report_received_update AFTER UPDATE OF received_at, service_id ON letter
    WHEN substr(old.received_at, 1, 10) IS NOT substr(new.received_at, 1, 10) OR old.service_id IS NOT new.service_id BEGIN
    UPDATE report_received SET letters = letters - 1
    WHERE day = substr(old.received_at, 1, 10) AND service_id = old.service_id;
    INSERT INTO report_received (day, service_id, letters) VALUES (substr(new.received_at, 1, 10), new.service_id, 1)
    ON CONFLICT (day, service_id) DO UPDATE SET letters = report_received.letters + 1;
END;

DROP TRIGGER IF EXISTS report_received_delete;
CREATE TRIGGER report_received_delete AFTER DELETE ON letter BEGIN
    UPDATE report_received SET letters = letters - 1
    WHERE day = substr(old.received_at, 1, 10) AND service_id = old.service_id;
END;

-- A completion is a history row into SIAP_SURAT, or into SELESAI from anything but SIAP_SURAT
-- (ReportStore.COMPLETION); it is counted under its letter's service and clock fields as they are
-- now ('' for no day 0), so a letter whose clock fields change moves its completions with it.
CREATE TABLE IF NOT EXISTS report_completed (
    day         TEXT NOT NULL,
    service_id  INTEGER NOT NULL,
    clock_start TEXT NOT NULL,
    days_used   INTEGER NOT NULL,
    requests    INTEGER NOT NULL,
    PRIMARY KEY (day, service_id, clock_start, days_used)
) WITHOUT ROWID;

DELETE FROM report_completed;
INSERT INTO report_completed (day, service_id, clock_start, days_used, requests)
SELECT substr(h.at, 1, 10), l.service_id, coalesce(l.clock_start, ''), l.clock_days_used, count(*)
FROM request_history h JOIN letter l ON l.id = h.letter_id
WHERE h.to_state = 'SIAP_SURAT' OR (h.to_state = 'SELESAI' AND h.from_state <> 'SIAP_SURAT')
GROUP BY substr(h.at, 1, 10), l.service_id, coalesce(l.clock_start, ''), l.clock_days_used;

DROP TRIGGER IF EXISTS report_completed_insert;
CREATE TRIGGER report_completed_insert AFTER INSERT ON request_history
    WHEN new.to_state = 'SIAP_SURAT' OR (new.to_state = 'SELESAI' AND new.from_state <> 'SIAP_SURAT') BEGIN
    INSERT INTO report_completed (day, service_id, clock_start, days_used, requests)
    SELECT substr(new.at, 1, 10), service_id, coalesce(clock_start, ''), clock_days_used, 1 FROM letter WHERE id = new.letter_id
    ON CONFLICT (day, service_id, clock_start, days_used) DO UPDATE SET requests = report_completed.requests + 1;
END;

DROP TRIGGER IF EXISTS report_completed_delete;
CREATE TRIGGER report_completed_delete AFTER DELETE ON request_history
    WHEN old.to_state = 'SIAP_SURAT' OR (old.to_state = 'SELESAI' AND old.from_state <> 'SIAP_SURAT') BEGIN
    UPDATE report_completed SET requests = requests - 1
    WHERE (day, service_id, clock_start, days_used) =
          (SELECT substr(old.at, 1, 10), service_id, coalesce(clock_start, ''), clock_days_used FROM letter WHERE id = old.letter_id);
END;

DROP TRIGGER IF EXISTS report_completed_update_old;
CREATE TRIGGER report_completed_update_old AFTER UPDATE OF letter_id, at, from_state, to_state ON request_history
    WHEN old.to_state = 'SIAP_SURAT' OR (old.to_state = 'SELESAI' AND old.from_state <> 'SIAP_SURAT') BEGIN
    UPDATE report_completed SET requests = requests - 1
    WHERE (day, service_id, clock_start, days_used) =
          (SELECT substr(old.at, 1, 10), service_id, coalesce(clock_start, ''), clock_days_used FROM letter WHERE id = old.letter_id);
END;

DROP TRIGGER IF EXISTS report_completed_update_new;
CREATE TRIGGER report_completed_update_new AFTER UPDATE OF letter_id, at, from_state, to_state ON request_history
    WHEN new.to_state = 'SIAP_SURAT' OR (new.to_state = 'SELESAI' AND new.from_state <> 'SIAP_SURAT') BEGIN
    INSERT INTO report_completed (day, service_id, clock_start, days_used, requests)
    SELECT substr(new.at, 1, 10), service_id, coalesce(clock_start, ''), clock_days_used, 1 FROM letter WHERE id = new.letter_id
    ON CONFLICT (day, service_id, clock_start, days_used) DO UPDATE SET requests = report_completed.requests + 1;
END;

DROP TRIGGER IF EXISTS report_completed_letter;
CREATE TRIGGER report_completed_letter AFTER UPDATE OF service_id, clock_start, clock_days_used ON letter
    WHEN old.service_id IS NOT new.service_id OR old.clock_start IS NOT new.clock_start
         OR old.clock_days_used IS NOT new.clock_days_used BEGIN
    UPDATE report_completed SET requests = requests - (
        SELECT count(*) FROM request_history h
        WHERE h.letter_id = old.id AND substr(h.at, 1, 10) = report_completed.day
          AND (h.to_state = 'SIAP_SURAT' OR (h.to_state = 'SELESAI' AND h.from_state <> 'SIAP_SURAT')))
    WHERE service_id = old.service_id AND clock_start = coalesce(old.clock_start, '') AND days_used = old.clock_days_used
      AND day IN (SELECT substr(h.at, 1, 10) FROM request_history h WHERE h.letter_id = old.id
                  AND (h.to_state = 'SIAP_SURAT' OR (h.to_state = 'SELESAI' AND h.from_state <> 'SIAP_SURAT')));
    INSERT INTO report_completed (day, service_id, clock_start, days_used, requests)
    SELECT substr(h.at, 1, 10), new.service_id, coalesce(new.clock_start, ''), new.clock_days_used, count(*)
    FROM request_history h
    WHERE h.letter_id = new.id AND (h.to_state = 'SIAP_SURAT' OR (h.to_state = 'SELESAI' AND h.from_state <> 'SIAP_SURAT'))
    GROUP BY substr(h.at, 1, 10)
    ON CONFLICT (day, service_id, clock_start, days_used) DO UPDATE SET requests = report_completed.requests + excluded.requests;
END;
