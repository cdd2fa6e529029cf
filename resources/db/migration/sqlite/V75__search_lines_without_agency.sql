-- V75 (issue 11): the PostgreSQL side takes the agency out of its search lines and finds a word that
-- names an agency through the letters' agency index. SQLite's word index (letter_fts, V60) never held
-- the agency's name: it holds the agency's tag, which the search already uses. Nothing to change here.
SELECT 1;
