-- V50 (issue 15): the satisfaction survey (Survei Kepuasan Masyarakat, PermenPANRB 14/2017).
-- One row per answered questionnaire: the day, the service, the nine answers (1-4, element order
-- U1 Persyaratan ... U9 Sarana dan Prasarana), the optional respondent profile and, when known, the
-- request (letter) it is about. Every insert, update and delete writes an audit entry whose
-- before/after hold the full row (every column), for the tamper check.
CREATE TABLE survey_response (
    id          INTEGER PRIMARY KEY,
    answered_on TEXT NOT NULL CHECK (answered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    service_id  INTEGER NOT NULL REFERENCES service(id),
    u1          INTEGER NOT NULL CHECK (u1 BETWEEN 1 AND 4),
    u2          INTEGER NOT NULL CHECK (u2 BETWEEN 1 AND 4),
    u3          INTEGER NOT NULL CHECK (u3 BETWEEN 1 AND 4),
    u4          INTEGER NOT NULL CHECK (u4 BETWEEN 1 AND 4),
    u5          INTEGER NOT NULL CHECK (u5 BETWEEN 1 AND 4),
    u6          INTEGER NOT NULL CHECK (u6 BETWEEN 1 AND 4),
    u7          INTEGER NOT NULL CHECK (u7 BETWEEN 1 AND 4),
    u8          INTEGER NOT NULL CHECK (u8 BETWEEN 1 AND 4),
    u9          INTEGER NOT NULL CHECK (u9 BETWEEN 1 AND 4),
    sex         TEXT CHECK (sex IN ('L', 'P')),
    age_band    TEXT CHECK (age_band IN ('UNDER_25', 'FROM_25', 'FROM_35', 'FROM_45', 'FROM_55')),
    education   TEXT CHECK (education IN ('SD', 'SMP', 'SMA', 'D1_D3', 'D4_S1', 'S2', 'S3')),
    occupation  TEXT CHECK (occupation IN ('PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'LAINNYA')),
    letter_id   INTEGER REFERENCES letter(id),
    source      TEXT NOT NULL CHECK (source IN ('KETIK', 'KIOS', 'IMPOR')),
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_by  TEXT,
    updated_at  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
-- The index of a period per service sums the answers straight from this covering index.
CREATE INDEX survey_by_day ON survey_response (answered_on, service_id, u1, u2, u3, u4, u5, u6, u7, u8, u9);
CREATE INDEX survey_by_created ON survey_response (created_at);
