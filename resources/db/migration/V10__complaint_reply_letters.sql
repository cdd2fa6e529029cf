-- V10: reply letters to complaints (issue 5) in the SAME outgoing register and numbering as the
-- confirmation letters (decision 0011). SQLite cannot relax NOT NULL or change a CHECK in place, so
-- outgoing_letter is rebuilt: letter_id becomes optional, complaint_id is added (exactly one of the
-- two is set), the outcome BALASAN_PENGADUAN is allowed, and the letter's answer is kept beside it.
-- Rows, ids, indexes and the triggers that keep issued letters unchangeable are carried over.

CREATE TABLE outgoing_letter_v10 (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    number          TEXT NOT NULL,
    letter_id       INTEGER REFERENCES letter(id),      -- a confirmation letter's request
    complaint_id    INTEGER REFERENCES complaint(id),   -- a reply letter's complaint
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
    answer          TEXT,              -- a reply letter's answer as issued (prefills closing the complaint)
    UNIQUE (year, seq),
    UNIQUE (year, number),
    CHECK (status = 'TERBIT' OR cancel_reason IS NOT NULL),
    CHECK ((letter_id IS NULL) <> (complaint_id IS NULL)),
    CHECK ((outcome = 'BALASAN_PENGADUAN') = (complaint_id IS NOT NULL))
);

INSERT INTO outgoing_letter_v10 (id, year, seq, number, letter_id, complaint_id, outcome, request_version,
        letter_date, subject, body, addressee, signer, paper, pdf, sha256, pages, issued_at, issued_by, status,
        cancel_reason, cancelled_at, cancelled_by, delivery, delivered_on, receiver, delivery_by, answer)
    SELECT id, year, seq, number, letter_id, NULL, outcome, request_version, letter_date, subject, body,
        addressee, signer, paper, pdf, sha256, pages, issued_at, issued_by, status, cancel_reason, cancelled_at,
        cancelled_by, delivery, delivered_on, receiver, delivery_by, NULL
    FROM outgoing_letter;

DROP TABLE outgoing_letter;
ALTER TABLE outgoing_letter_v10 RENAME TO outgoing_letter;

CREATE INDEX outgoing_by_letter ON outgoing_letter (letter_id, id);
CREATE INDEX outgoing_by_complaint ON outgoing_letter (complaint_id, id);
CREATE INDEX outgoing_by_issued ON outgoing_letter (issued_at DESC, id DESC);
CREATE UNIQUE INDEX outgoing_one_live ON outgoing_letter (letter_id, outcome, request_version)
    WHERE status = 'TERBIT' AND letter_id IS NOT NULL;
-- At most one live (not cancelled) reply letter per complaint.
CREATE UNIQUE INDEX outgoing_one_live_reply ON outgoing_letter (complaint_id)
    WHERE status = 'TERBIT' AND complaint_id IS NOT NULL;

CREATE TRIGGER outgoing_letter_no_delete BEFORE DELETE ON outgoing_letter BEGIN
    SELECT RAISE(ABORT, 'the outgoing register keeps every number');
END;
CREATE TRIGGER outgoing_letter_pdf_fixed
    BEFORE UPDATE OF pdf, sha256, number, body, subject, answer, complaint_id, letter_id ON outgoing_letter BEGIN
    SELECT RAISE(ABORT, 'an issued letter is never changed');
END;

-- The reply letter's template: one, whatever the service (editable in Pengaturan › Templat).
CREATE TABLE complaint_reply_template (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT,
    version    INTEGER NOT NULL DEFAULT 1
);

INSERT INTO complaint_reply_template (id, subject, body) VALUES (1, 'Jawaban atas Pengaduan {nomor_pengaduan}',
'Menindaklanjuti pengaduan Saudara yang kami terima pada tanggal {tanggal_pengaduan} melalui {saluran} dan tercatat dengan Nomor {nomor_pengaduan}{tentang_layanan}, dengan pokok pengaduan sebagai berikut:

{isi_pengaduan}

Dengan hormat kami sampaikan bahwa pengaduan tersebut telah kami tindak lanjuti, dengan jawaban sebagai berikut:

{jawaban}

Apabila Saudara memerlukan penjelasan lebih lanjut, Saudara dapat menghubungi kami melalui kanal pengaduan Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat.

Demikian kami sampaikan. Atas perhatian dan kepercayaan Saudara, kami ucapkan terima kasih.');

-- The classification code of reply letters (Permendagri 83/2022: 500.12 Komunikasi dan Informatika;
-- a finer sub-code is the archivist's call, hence editable like the service codes).
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.code.PENGADUAN', '500.12');
