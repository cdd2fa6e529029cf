-- The service report at a million letters (docs/decisions/0023-report-at-scale.md): letters received
-- per service and day, and completions per service, day 0, days used before it and completion day,
-- kept by triggers in the transaction of every change, so a year's report reads a few thousand
-- rows instead of every letter and history row. Both hold only facts that do not depend on the
-- holiday calendar: the working days are counted when the report is made, as before.

CREATE TABLE IF NOT EXISTS report_received (
    day        TEXT COLLATE "C" NOT NULL,
    service_id BIGINT NOT NULL,
    letters    INTEGER NOT NULL,
    PRIMARY KEY (day, service_id)
);

DELETE FROM report_received;
INSERT INTO report_received (day, service_id, letters)
SELECT substr(received_at, 1, 10), service_id, count(*) FROM letter GROUP BY substr(received_at, 1, 10), service_id;

CREATE OR REPLACE FUNCTION report_received_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE report_received SET letters = letters - 1
        WHERE day = substr(OLD.received_at, 1, 10) AND service_id = OLD.service_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO report_received (day, service_id, letters) VALUES (substr(NEW.received_at, 1, 10), NEW.service_id, 1)
        ON CONFLICT (day, service_id) DO UPDATE SET letters = report_received.letters + 1;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS report_received_insert ON letter;
CREATE TRIGGER report_received_insert AFTER INSERT ON letter
    FOR EACH ROW EXECUTE FUNCTION report_received_change();
DROP TRIGGER IF EXISTS report_received_update ON letter;
CREATE TRIGGER report_received_update AFTER UPDATE OF received_at, service_id ON letter
    FOR EACH ROW WHEN (substr(OLD.received_at, 1, 10) IS DISTINCT FROM substr(NEW.received_at, 1, 10)
                       OR OLD.service_id IS DISTINCT FROM NEW.service_id)
    EXECUTE FUNCTION report_received_change();
DROP TRIGGER IF EXISTS report_received_delete ON letter;
CREATE TRIGGER report_received_delete AFTER DELETE ON letter
    FOR EACH ROW EXECUTE FUNCTION report_received_change();

-- A completion is a history row into SIAP_SURAT, or into SELESAI from anything but SIAP_SURAT
-- (ReportStore.COMPLETION); it is counted under its letter's service and clock fields as they are
-- now ('' for no day 0), so a letter whose clock fields change moves its completions with it.
CREATE TABLE IF NOT EXISTS report_completed (
    day         TEXT COLLATE "C" NOT NULL,
    service_id  BIGINT NOT NULL,
    clock_start TEXT COLLATE "C" NOT NULL,
    days_used   INTEGER NOT NULL,
    requests    INTEGER NOT NULL,
    PRIMARY KEY (day, service_id, clock_start, days_used)
);

DELETE FROM report_completed;
INSERT INTO report_completed (day, service_id, clock_start, days_used, requests)
SELECT substr(h.at, 1, 10), l.service_id, coalesce(l.clock_start, ''), l.clock_days_used, count(*)
FROM request_history h JOIN letter l ON l.id = h.letter_id
WHERE h.to_state = 'SIAP_SURAT' OR (h.to_state = 'SELESAI' AND h.from_state <> 'SIAP_SURAT')
GROUP BY substr(h.at, 1, 10), l.service_id, coalesce(l.clock_start, ''), l.clock_days_used;

CREATE OR REPLACE FUNCTION report_completion(to_state TEXT, from_state TEXT) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(to_state = 'SIAP_SURAT' OR (to_state = 'SELESAI' AND from_state <> 'SIAP_SURAT'), false)
$$;

CREATE OR REPLACE FUNCTION report_completed_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF report_completion(OLD.to_state, OLD.from_state) THEN
            UPDATE report_completed t SET requests = t.requests - 1 FROM letter l
            WHERE l.id = OLD.letter_id AND t.day = substr(OLD.at, 1, 10) AND t.service_id = l.service_id
              AND t.clock_start = coalesce(l.clock_start, '') AND t.days_used = l.clock_days_used;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF report_completion(NEW.to_state, NEW.from_state) THEN
            INSERT INTO report_completed (day, service_id, clock_start, days_used, requests)
            SELECT substr(NEW.at, 1, 10), service_id, coalesce(clock_start, ''), clock_days_used, 1
            FROM letter WHERE id = NEW.letter_id
            ON CONFLICT (day, service_id, clock_start, days_used) DO UPDATE SET requests = report_completed.requests + 1;
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS report_completed_insert ON request_history;
CREATE TRIGGER report_completed_insert AFTER INSERT ON request_history
    FOR EACH ROW EXECUTE FUNCTION report_completed_history();
DROP TRIGGER IF EXISTS report_completed_update ON request_history;
CREATE TRIGGER report_completed_update AFTER UPDATE OF letter_id, at, from_state, to_state ON request_history
    FOR EACH ROW EXECUTE FUNCTION report_completed_history();
DROP TRIGGER IF EXISTS report_completed_delete ON request_history;
CREATE TRIGGER report_completed_delete AFTER DELETE ON request_history
    FOR EACH ROW EXECUTE FUNCTION report_completed_history();

CREATE OR REPLACE FUNCTION report_completed_letter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE report_completed t SET requests = t.requests - c.n
    FROM (SELECT substr(h.at, 1, 10) AS day, count(*) AS n FROM request_history h
          WHERE h.letter_id = OLD.id AND report_completion(h.to_state, h.from_state)
          GROUP BY substr(h.at, 1, 10)) c
    WHERE t.day = c.day AND t.service_id = OLD.service_id AND t.clock_start = coalesce(OLD.clock_start, '')
      AND t.days_used = OLD.clock_days_used;
    INSERT INTO report_completed (day, service_id, clock_start, days_used, requests)
    SELECT substr(h.at, 1, 10), NEW.service_id, coalesce(NEW.clock_start, ''), NEW.clock_days_used, count(*)
    FROM request_history h
    WHERE h.letter_id = NEW.id AND report_completion(h.to_state, h.from_state)
    GROUP BY substr(h.at, 1, 10)
    ON CONFLICT (day, service_id, clock_start, days_used) DO UPDATE SET requests = report_completed.requests + EXCLUDED.requests;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS report_completed_letter ON letter;
CREATE TRIGGER report_completed_letter AFTER UPDATE OF service_id, clock_start, clock_days_used ON letter
    FOR EACH ROW WHEN (OLD.service_id IS DISTINCT FROM NEW.service_id OR OLD.clock_start IS DISTINCT FROM NEW.clock_start
                       OR OLD.clock_days_used IS DISTINCT FROM NEW.clock_days_used)
    EXECUTE FUNCTION report_completed_letter();
