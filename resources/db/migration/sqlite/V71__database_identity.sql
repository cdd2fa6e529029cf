-- V71 (issue 12): who this database is. One random id, made once when the database is created (or
-- when an existing one reaches V71), and carried by every backup (a copy of the file), every restore
-- and every copy to or from a server (DatabaseCopy copies the table). Every audit anchor names it, so
-- check compares a database only with its own anchors: two databases backed up into one folder no
-- longer accuse each other, and an older copy of this database put back still meets its anchors.
CREATE TABLE database_identity (
    id       TEXT NOT NULL PRIMARY KEY,
    made_at  TEXT NOT NULL
);
INSERT INTO database_identity (id, made_at)
VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'));
