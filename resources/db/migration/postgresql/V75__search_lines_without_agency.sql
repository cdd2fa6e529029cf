-- V75 (issue 11): the register's search lines (letter_search) no longer hold the letter's agency. A
-- typed word that names an agency (its abbreviation or a word of its name, 'Dinkes', 'kesehatan')
-- finds that agency's letters through the letters' agency index (letter_by_agency, V1) or'ed with
-- the word in the letter's own fields, as SQLite finds it through the agency's tag (V60): the trigram
-- index then no longer hands over every line of a large agency to be checked and sorted
-- ('Dinkes' p95 82 ms on 100,000 letters). Renaming an agency no longer leaves old names in the lines.
-- docs/decisions/0017.
CREATE OR REPLACE FUNCTION letter_search_text(agenda_number TEXT, letter_number TEXT, subject TEXT, agency_id BIGINT,
                                              signer_name TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws(E'\n', letter_search_line(agenda_number), letter_search_line(letter_number),
                     letter_search_line(subject), letter_search_line(signer_name))
$$;

UPDATE letter_search s
SET doc = letter_search_text(l.agenda_number, l.letter_number, l.subject, l.agency_id, l.signer_name)
FROM letter l
WHERE l.id = s.letter_id;

-- Such a word's page walks each named agency's letters newest first and stops after the page: with the
-- letter id in the index (SQLite's indexes hold the rowid, which is the id) the walk reads no letter rows.
DROP INDEX letter_by_agency;
CREATE INDEX letter_by_agency ON letter (agency_id, received_at DESC, id DESC);
