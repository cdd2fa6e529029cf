-- V40 (issue 14): scanned letters kept with their record, content-addressed by SHA-256.
-- attachment_blob holds each distinct file once (the same scan attached twice, to one letter or two,
-- is stored once); letter_attachment links a letter to a blob under the name, media type and size it
-- was attached with, and who attached it when. The register's and the detail's list queries read
-- letter_attachment only; the bytes are read one blob at a time (viewer, export). Blobs are never
-- updated or deleted by the app: the links are the record, every link has its audit entry.
CREATE TABLE attachment_blob (
    sha256  TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size    INTEGER NOT NULL CHECK (size > 0 AND size <= 20971520),
    content BLOB NOT NULL
);

CREATE TABLE letter_attachment (
    id         INTEGER PRIMARY KEY,
    letter_id  INTEGER NOT NULL REFERENCES letter(id),
    sha256     TEXT NOT NULL REFERENCES attachment_blob(sha256),
    file_name  TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size       INTEGER NOT NULL CHECK (size > 0),
    added_by   TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    UNIQUE (letter_id, sha256)
);
CREATE INDEX letter_attachment_by_blob ON letter_attachment (sha256);
