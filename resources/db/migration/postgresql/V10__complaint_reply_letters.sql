-- V10 (PostgreSQL, as db/migration/sqlite/V10): reply letters to complaints (issue 5) in the SAME
-- outgoing register and numbering as the confirmation letters (decision 0011). PostgreSQL changes
-- outgoing_letter in place (SQLite rebuilds it): letter_id becomes optional (a reply letter has no
-- request) and the outcome BALASAN_PENGADUAN is allowed. Which complaint a reply answers, and the
-- answer as issued, are in complaint_reply beside it. Every statement can run twice.

ALTER TABLE outgoing_letter ALTER COLUMN letter_id DROP NOT NULL;
ALTER TABLE outgoing_letter DROP CONSTRAINT IF EXISTS outgoing_letter_outcome;
ALTER TABLE outgoing_letter ADD CONSTRAINT outgoing_letter_outcome
    CHECK (outcome IN ('SELESAI','DIKEMBALIKAN','DITOLAK','BALASAN_PENGADUAN'));
ALTER TABLE outgoing_letter DROP CONSTRAINT IF EXISTS outgoing_letter_reply_has_no_request;
ALTER TABLE outgoing_letter ADD CONSTRAINT outgoing_letter_reply_has_no_request
    CHECK ((outcome = 'BALASAN_PENGADUAN') = (letter_id IS NULL));
DROP INDEX IF EXISTS outgoing_one_live;
CREATE UNIQUE INDEX outgoing_one_live ON outgoing_letter (letter_id, outcome, request_version)
    WHERE status = 'TERBIT' AND letter_id IS NOT NULL;

-- A reply letter's complaint and the answer as issued (prefills closing the complaint). Never changed.
CREATE TABLE IF NOT EXISTS complaint_reply (
    outgoing_id  BIGINT PRIMARY KEY REFERENCES outgoing_letter(id),
    complaint_id BIGINT NOT NULL REFERENCES complaint(id),
    answer       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS complaint_reply_by_complaint ON complaint_reply (complaint_id, outgoing_id);
CREATE OR REPLACE TRIGGER complaint_reply_fixed BEFORE UPDATE ON complaint_reply
    FOR EACH ROW EXECUTE FUNCTION loket_refuse('an issued letter is never changed');
CREATE OR REPLACE TRIGGER complaint_reply_no_delete BEFORE DELETE ON complaint_reply
    FOR EACH ROW EXECUTE FUNCTION loket_refuse('the outgoing register keeps every number');
CREATE OR REPLACE TRIGGER complaint_reply_no_truncate BEFORE TRUNCATE ON complaint_reply
    FOR EACH STATEMENT EXECUTE FUNCTION loket_refuse('the outgoing register keeps every number');

-- The reply letter's template: one, whatever the service (editable in Pengaturan › Templat).
CREATE TABLE IF NOT EXISTS complaint_reply_template (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    subject    TEXT COLLATE "C" NOT NULL,
    body       TEXT COLLATE "C" NOT NULL,
    updated_at TEXT COLLATE "C",
    updated_by TEXT COLLATE "C",
    version    INTEGER NOT NULL DEFAULT 1
);

INSERT INTO complaint_reply_template (id, subject, body) VALUES (1, 'Jawaban atas Pengaduan {nomor_pengaduan}',
'Menindaklanjuti pengaduan Saudara yang kami terima pada tanggal {tanggal_pengaduan} melalui {saluran} dan tercatat dengan Nomor {nomor_pengaduan}{tentang_layanan}, dengan pokok pengaduan sebagai berikut:

{isi_pengaduan}

Dengan hormat kami sampaikan bahwa pengaduan tersebut telah kami tindak lanjuti, dengan jawaban sebagai berikut:

{jawaban}

Apabila Saudara memerlukan penjelasan lebih lanjut, Saudara dapat menghubungi kami melalui kanal pengaduan Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat.

Demikian kami sampaikan. Atas perhatian dan kepercayaan Saudara, kami ucapkan terima kasih.')
ON CONFLICT DO NOTHING;

-- The classification code of reply letters (Permendagri 83/2022: 500.12 Komunikasi dan Informatika;
-- a finer sub-code is the archivist's call, hence editable like the service codes).
INSERT INTO setting (key, value) VALUES ('letters.code.PENGADUAN', '500.12')
ON CONFLICT DO NOTHING;
