-- The register's search lines (letter_search, V1) normalized for PostgreSQL: lower case, every run of
-- other characters one space, each field one line with a space before and after. A typed word is then
-- one LIKE pattern (' jaringan kantor%', ' 0042 sm 2025%') that the trigram index answers by itself;
-- the word-start regular expressions it replaces could not be taken apart by the index and were
-- re-checked on every candidate line (about 20 us each: 100-300 ms for a word in 6% of 100,000
-- letters). docs/decisions/0020.
CREATE OR REPLACE FUNCTION letter_search_line(field TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT ' ' || lower(regexp_replace(coalesce(field, '') COLLATE "C", '[^[:alnum:]]+', ' ', 'g')) || ' '
$$;

CREATE OR REPLACE FUNCTION letter_search_text(agenda_number TEXT, letter_number TEXT, subject TEXT, agency_id BIGINT,
                                              signer_name TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT concat_ws(E'\n', letter_search_line(agenda_number), letter_search_line(letter_number),
                     letter_search_line(subject),
                     (SELECT letter_search_line(coalesce(a.abbreviation, '') || ' ' || a.name) FROM agency a
                      WHERE a.id = agency_id),
                     letter_search_line(signer_name))
$$;

UPDATE letter_search s
SET doc = letter_search_text(l.agenda_number, l.letter_number, l.subject, l.agency_id, l.signer_name)
FROM letter l
WHERE l.id = s.letter_id;
