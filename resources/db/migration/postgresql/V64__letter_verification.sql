-- (PostgreSQL, as db/migration/sqlite/V41) V41 (issue 14): the verification code printed on every issued
-- letter, to find it again by the code typed from paper. Letters issued before V41 have none (their PDFs
-- carry no code); they are still verified by their bytes (outgoing_letter.sha256).
CREATE TABLE outgoing_verification (
    code        TEXT COLLATE "C" PRIMARY KEY CHECK (length(code) = 11),
    outgoing_id BIGINT NOT NULL UNIQUE REFERENCES outgoing_letter(id)
);
CREATE INDEX outgoing_letter_by_sha256 ON outgoing_letter (sha256);
