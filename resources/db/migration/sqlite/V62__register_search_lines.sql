-- PostgreSQL only: its register search lines are normalized (postgresql/V70). SQLite's word index
-- (V60, letter_fts) is unchanged; this file keeps the two folders' versions equal.
SELECT 1;
