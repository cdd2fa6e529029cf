-- V10: reply letters to complaints (issue 5) in the SAME outgoing register and numbering as the
-- confirmation letters (decision 0011). SQLite cannot relax NOT NULL or change a CHECK in place, so
-- outgoing_letter is rebuilt with the same columns: letter_id becomes optional (a reply letter has
-- no request) and the outcome BALASAN_PENGADUAN is allowed. Which complaint a reply answers, and the
-- answer as issued, are in complaint_reply beside it. Rows, ids, indexes and the triggers that keep
-- issued letters unchangeable are carried over. Every statement can run twice (DatabaseTest re-runs
-- the newest migration on an empty register).

CREATE TABLE outgoing_letter_v10 (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    number          TEXT NOT NULL,
    letter_id       INTEGER REFERENCES letter(id),   -- the request a confirmation letter answers; NULL for a reply
    outcome         TEXT NOT NULL CHECK (outcome IN ('SELESAI','DIKEMBALIKAN','DITOLAK','BALASAN_PENGADUAN')),
    request_version INTEGER NOT NULL,  -- version of the request (or complaint) the letter answered
    letter_date     TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    addressee       TEXT NOT NULL,
    signer          TEXT NOT NULL,
    paper           TEXT NOT NULL CHECK (paper IN ('A4','F4')),
    pdf             BLOB NOT NULL,
    sha256          TEXT NOT NULL,
    pages           INTEGER NOT NULL,
    issued_at       TEXT NOT NULL,
    issued_by       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'TERBIT' CHECK (status IN ('TERBIT','DIBATALKAN')),
    cancel_reason   TEXT,
    cancelled_at    TEXT,
    cancelled_by    TEXT,
    delivery        TEXT CHECK (delivery IN ('LANGSUNG','DIKIRIM')),
    delivered_on    TEXT,
    receiver        TEXT,
    delivery_by     TEXT,
    UNIQUE (year, seq),
    UNIQUE (year, number),
    CHECK (status = 'TERBIT' OR cancel_reason IS NOT NULL),
    CHECK ((outcome = 'BALASAN_PENGADUAN') = (letter_id IS NULL))
);

INSERT INTO outgoing_letter_v10 (id, year, seq, number, letter_id, outcome, request_version, letter_date, subject, body, addressee, signer,
    paper, pdf, sha256, pages, issued_at, issued_by, status, cancel_reason, cancelled_at, cancelled_by, delivery,
    delivered_on, receiver, delivery_by)
SELECT id, year, seq, number, letter_id, outcome, request_version, letter_date, subject, body, addressee, signer,
    paper, pdf, sha256, pages, issued_at, issued_by, status, cancel_reason, cancelled_at, cancelled_by, delivery,
    delivered_on, receiver, delivery_by
FROM outgoing_letter;
DROP TABLE outgoing_letter;
ALTER TABLE outgoing_letter_v10 RENAME TO outgoing_letter;

CREATE INDEX IF NOT EXISTS outgoing_by_letter ON outgoing_letter (letter_id, id);
CREATE INDEX IF NOT EXISTS outgoing_by_issued ON outgoing_letter (issued_at DESC, id DESC);
CREATE UNIQUE INDEX IF NOT EXISTS outgoing_one_live ON outgoing_letter (letter_id, outcome, request_version)
    WHERE status = 'TERBIT' AND letter_id IS NOT NULL;

CREATE TRIGGER IF NOT EXISTS outgoing_letter_no_delete BEFORE DELETE ON outgoing_letter BEGIN
    SELECT RAISE(ABORT, 'the outgoing register keeps every number');
END;
CREATE TRIGGER IF NOT EXISTS outgoing_letter_pdf_fixed
    BEFORE UPDATE OF pdf, sha256, number, body, subject ON outgoing_letter BEGIN
    SELECT RAISE(ABORT, 'an issued letter is never changed');
END;

-- A reply letter's complaint and the answer as issued (prefills closing the complaint). Never changed.
CREATE TABLE IF NOT EXISTS complaint_reply (
    outgoing_id  INTEGER PRIMARY KEY REFERENCES outgoing_letter(id),
    complaint_id INTEGER NOT NULL REFERENCES complaint(id),
    answer       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS complaint_reply_by_complaint ON complaint_reply (complaint_id, outgoing_id);
CREATE TRIGGER IF NOT EXISTS complaint_reply_fixed BEFORE UPDATE ON complaint_reply BEGIN
    SELECT RAISE(ABORT, 'an issued letter is never changed');
END;
CREATE TRIGGER IF NOT EXISTS complaint_reply_no_delete BEFORE DELETE ON complaint_reply BEGIN
    SELECT RAISE(ABORT, 'the outgoing register keeps every number');
END;

-- The reply letter's template: one, whatever the service (editable in Pengaturan › Templat).
CREATE TABLE IF NOT EXISTS complaint_reply_template (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);

INSERT OR IGNORE INTO complaint_reply_template (id, subject, body) VALUES (1, 'Jawaban atas Pengaduan {nomor_pengaduan}',
'Menindaklanjuti pengaduan Saudara yang kami terima pada tanggal {tanggal_pengaduan} melalui {saluran} dan tercatat dengan Nomor {nomor_pengaduan}{tentang_layanan}, dengan pokok pengaduan sebagai berikut:

{isi_pengaduan}

Dengan hormat kami sampaikan bahwa pengaduan tersebut telah kami tindak lanjuti, dengan jawaban sebagai berikut:

{jawaban}

Apabila Saudara memerlukan penjelasan lebih lanjut, Saudara dapat menghubungi kami melalui kanal pengaduan Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat.

Demikian kami sampaikan. Atas perhatian dan kepercayaan Saudara, kami ucapkan terima kasih.');

-- The classification code of reply letters (Permendagri 83/2022: 500.12 Komunikasi dan Informatika;
-- a finer sub-code is the archivist's call, hence editable like the service codes).
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.code.PENGADUAN', '500.12');
