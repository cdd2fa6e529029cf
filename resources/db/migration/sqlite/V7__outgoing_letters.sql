-- V7: outgoing confirmation letters (issue 4): templates per service and outcome, the outgoing
-- register with its yearly serial, the issued PDF with its SHA-256, cancellations and delivery.

CREATE TABLE letter_template (
    service_kind TEXT NOT NULL CHECK (service_kind IN ('JARINGAN','VICON','EMAIL','HOSTING','CLOUD')),
    outcome      TEXT NOT NULL CHECK (outcome IN ('SELESAI','DIKEMBALIKAN','DITOLAK')),
    subject      TEXT NOT NULL,   -- the "Hal" line, with placeholders
    body         TEXT NOT NULL,   -- paragraphs separated by a blank line, with placeholders
    updated_at   TEXT,
    updated_by   TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (service_kind, outcome)
) WITHOUT ROWID;

-- Outgoing serials restart every year; taken inside the issuing transaction (never reused).
CREATE TABLE outgoing_counter (
    year     INTEGER PRIMARY KEY,
    last_seq INTEGER NOT NULL
);

-- The outgoing register. A row is never deleted: a cancelled number stays, marked DIBATALKAN.
CREATE TABLE outgoing_letter (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    number          TEXT NOT NULL,     -- unique within its year (the default pattern has no year)
    letter_id       INTEGER NOT NULL REFERENCES letter(id),
    outcome         TEXT NOT NULL CHECK (outcome IN ('SELESAI','DIKEMBALIKAN','DITOLAK')),
    request_version INTEGER NOT NULL,  -- letter.version the letter answered (one live letter per version)
    letter_date     TEXT NOT NULL,     -- the date printed on the letter
    subject         TEXT NOT NULL,     -- the Hal line exactly as issued
    body            TEXT NOT NULL,     -- the body exactly as issued
    addressee       TEXT NOT NULL,
    signer          TEXT NOT NULL,     -- name, title, rank, NIP as issued (JSON)
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
    CHECK (status = 'TERBIT' OR cancel_reason IS NOT NULL)
);
CREATE INDEX outgoing_by_letter ON outgoing_letter (letter_id, id);
CREATE INDEX outgoing_by_issued ON outgoing_letter (issued_at DESC, id DESC);
-- At most one live (not cancelled) letter per request, outcome and request version.
CREATE UNIQUE INDEX outgoing_one_live ON outgoing_letter (letter_id, outcome, request_version)
    WHERE status = 'TERBIT';

CREATE TRIGGER outgoing_letter_no_delete BEFORE DELETE ON outgoing_letter BEGIN
    SELECT RAISE(ABORT, 'the outgoing register keeps every number');
END;
CREATE TRIGGER outgoing_letter_pdf_fixed BEFORE UPDATE OF pdf, sha256, number, body, subject ON outgoing_letter BEGIN
    SELECT RAISE(ABORT, 'an issued letter is never changed');
END;

-- Settings (editable in Pengaturan). The signer is deliberately NOT seeded: issuing refuses
-- until an administrator has entered name, title, rank and NIP.
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.numberPattern', '{code}/{seq}/Diskominfo');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.paper', 'A4');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.addresseePlace', 'Pontianak');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.tembusan', 'Kepala Bidang Aplikasi Informatika
Arsip');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.code.JARINGAN', '500.12.15');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.code.VICON', '500.12.6');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.code.EMAIL', '500.12.6');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.code.HOSTING', '500.12.15');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letters.code.CLOUD', '500.12.15');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letterhead.government', 'PEMERINTAH PROVINSI KALIMANTAN BARAT');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letterhead.agency', 'DINAS KOMUNIKASI DAN INFORMATIKA');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letterhead.address', 'Jl. Ahmad Yani, Gedung Pelayanan Terpadu Lantai 6, Komplek Kantor Gubernur Kalimantan Barat, Pontianak, Kalimantan Barat 78124');
INSERT OR IGNORE INTO setting (key, value) VALUES ('letterhead.contact', 'Telp. (0561) 8173627 · Pos-el: diskominfo@kalbarprov.go.id · Laman: https://diskominfo.kalbarprov.go.id');
INSERT OR IGNORE INTO setting (key, value) VALUES ('office.place', 'Pontianak');


INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('JARINGAN', 'SELESAI', 'Konfirmasi Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan jaringan informatika Saudara telah selesai kami proses, dengan rincian sebagai berikut:

{rincian}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('JARINGAN', 'DIKEMBALIKAN', 'Pengembalian Berkas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami proses karena berkas belum lengkap. Mohon Saudara melengkapi hal-hal berikut:

{kekurangan}

Setelah kelengkapan tersebut kami terima, permintaan Saudara akan segera kami proses.

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('JARINGAN', 'DITOLAK', 'Jawaban atas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami penuhi dengan alasan sebagai berikut:

{alasan}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('VICON', 'SELESAI', 'Konfirmasi Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa akun video conference yang Saudara minta telah kami aktifkan, dengan rincian sebagai berikut:

{rincian}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('VICON', 'DIKEMBALIKAN', 'Pengembalian Berkas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami proses karena berkas belum lengkap. Mohon Saudara melengkapi hal-hal berikut:

{kekurangan}

Setelah kelengkapan tersebut kami terima, permintaan Saudara akan segera kami proses.

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('VICON', 'DITOLAK', 'Jawaban atas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami penuhi dengan alasan sebagai berikut:

{alasan}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('EMAIL', 'SELESAI', 'Konfirmasi Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan email kedinasan Saudara telah kami tindak lanjuti, dengan rincian sebagai berikut:

{rincian}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('EMAIL', 'DIKEMBALIKAN', 'Pengembalian Berkas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami proses karena berkas belum lengkap. Mohon Saudara melengkapi hal-hal berikut:

{kekurangan}

Setelah kelengkapan tersebut kami terima, permintaan Saudara akan segera kami proses.

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('EMAIL', 'DITOLAK', 'Jawaban atas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami penuhi dengan alasan sebagai berikut:

{alasan}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('HOSTING', 'SELESAI', 'Konfirmasi Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa layanan hosting yang Saudara minta telah kami aktifkan, dengan rincian sebagai berikut:

{rincian}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('HOSTING', 'DIKEMBALIKAN', 'Pengembalian Berkas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami proses karena berkas belum lengkap. Mohon Saudara melengkapi hal-hal berikut:

{kekurangan}

Setelah kelengkapan tersebut kami terima, permintaan Saudara akan segera kami proses.

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('HOSTING', 'DITOLAK', 'Jawaban atas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami penuhi dengan alasan sebagai berikut:

{alasan}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('CLOUD', 'SELESAI', 'Konfirmasi Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa akun data cloud yang Saudara minta telah kami aktifkan, dengan rincian sebagai berikut:

{rincian}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('CLOUD', 'DIKEMBALIKAN', 'Pengembalian Berkas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami proses karena berkas belum lengkap. Mohon Saudara melengkapi hal-hal berikut:

{kekurangan}

Setelah kelengkapan tersebut kami terima, permintaan Saudara akan segera kami proses.

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
INSERT INTO letter_template (service_kind, outcome, subject, body) VALUES ('CLOUD', 'DITOLAK', 'Jawaban atas Permintaan Layanan {layanan}', 'Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal {perihal}, dengan hormat kami sampaikan bahwa permintaan layanan {layanan} tersebut belum dapat kami penuhi dengan alasan sebagai berikut:

{alasan}

Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.');
