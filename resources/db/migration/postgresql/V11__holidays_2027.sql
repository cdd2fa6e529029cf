-- V11: the 2027 holidays and collective leave (SKB Menteri Agama 1205/2026, Menaker 3/2026,
-- MenPAN-RB 2/2026; 18 libur + 8 cuti bersama), from shared/reference/holidays.csv.
--
-- Reaches new and existing databases without touching what an administrator did:
--  * a date that already has a row keeps the administrator's row;
--  * a date the audit log shows an administrator added, imported or removed is left as they left it;
--  * a holiday the administrator already keeps in 2027 under the same name on another date (moved,
--    e.g. Idulfitri after the Minister of Religion's final decree) is not added again on the SKB date.
-- Plain SQL that SQLite and PostgreSQL both run.

WITH skb (date, kind, name, basis) AS (VALUES
    ('2027-01-01', 'libur', 'Tahun Baru 2027 Masehi', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-01-05', 'libur', 'Isra Mikraj Nabi Muhammad SAW 1448 H', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-02-05', 'cuti_bersama', 'Cuti bersama Tahun Baru Imlek', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-02-06', 'libur', 'Tahun Baru Imlek 2578 Kongzili', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-03-08', 'libur', 'Hari Suci Nyepi Tahun Baru Saka 1949', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-03-09', 'cuti_bersama', 'Cuti bersama Idulfitri', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-03-10', 'libur', 'Hari Raya Idulfitri 1448 H', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-03-11', 'libur', 'Hari Raya Idulfitri 1448 H', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-03-12', 'cuti_bersama', 'Cuti bersama Idulfitri', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-03-15', 'cuti_bersama', 'Cuti bersama Idulfitri', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-03-25', 'cuti_bersama', 'Cuti bersama Wafat Yesus Kristus', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-03-26', 'libur', 'Wafat Yesus Kristus', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-03-28', 'libur', 'Hari Paskah', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-05-01', 'libur', 'Hari Buruh Internasional', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-05-06', 'libur', 'Kenaikan Yesus Kristus', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-05-17', 'libur', 'Hari Raya Iduladha 1448 H', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-05-18', 'cuti_bersama', 'Cuti bersama Iduladha', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-05-19', 'cuti_bersama', 'Cuti bersama Waisak', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-05-20', 'libur', 'Hari Raya Waisak 2571 BE', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-06-01', 'libur', 'Hari Lahir Pancasila', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-06-06', 'libur', 'Tahun Baru Islam 1449 H', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-08-15', 'libur', 'Maulid Nabi Muhammad SAW', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-08-17', 'libur', 'Hari Kemerdekaan RI', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-12-24', 'cuti_bersama', 'Cuti bersama Natal', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-12-25', 'libur', 'Hari Raya Natal', 'SKB 1205/2026 3/2026 2/2026'),
    ('2027-12-26', 'libur', 'Isra Mikraj Nabi Muhammad SAW 1449 H', 'SKB 1205/2026 3/2026 2/2026')
)
INSERT INTO holiday (date, kind, name, basis)
SELECT s.date, s.kind, s.name, s.basis FROM skb s
WHERE NOT EXISTS (SELECT 1 FROM holiday h WHERE h.date = s.date)
  AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'holiday' AND a.entity_id = s.date)
  AND NOT EXISTS (SELECT 1 FROM holiday h
                  WHERE h.name = s.name AND h.date >= '2027-01-01' AND h.date < '2028-01-01'
                    AND h.date NOT IN (SELECT o.date FROM skb o WHERE o.name = s.name));
