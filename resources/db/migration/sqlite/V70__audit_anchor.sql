-- V70 (issue 12): the head of the audit chain written INTO every backup file (a backup is itself a
-- Loket database): how many audit rows it holds and the last row's hash when the backup was taken.
-- check compares a backup, or a database restored from one, with the newest row here. Only backups
-- write it; a row here proves nothing against someone who can write this file (README).
CREATE TABLE audit_anchor (
    id          INTEGER PRIMARY KEY,
    chain_rows  BIGINT NOT NULL,
    chain_hash  TEXT NOT NULL,
    taken_at    TEXT NOT NULL
);
