-- OneWindow local database, schema 12: case search and the latest-first list through indexes
-- (docs/adr/0022-case-search-index.md). Before, CaseRepository::search read every case and its applicant
-- with LIKE '%...%' and the newest-first list sorted the whole table.

-- The newest-first list: rowid is the last column of every index entry, so this index yields
-- ORDER BY created_at DESC, rowid DESC without a sort.
CREATE INDEX cases_created ON cases (created_at);

-- Trigram indexes of the searched text: case number and official number per case, name and ID number per
-- applicant (a name lives once in applicants, however many cases it has). Contentless: the text is in
-- cases and applicants already. detail=none keeps only which rows hold a trigram, which is all a search
-- needs: the repository checks every candidate with the LIKE test of old, so the index only has to find
-- a superset. What is indexed is lower(text) followed by two char(1): the trigram of every character then
-- starts with it, so a one- or two-character query finds its trigrams by prefix (fts5vocab).
CREATE VIRTUAL TABLE case_search USING fts5 (
    case_number, official_number, content = '', detail = 'none', tokenize = 'trigram case_sensitive 1');
CREATE VIRTUAL TABLE case_search_terms USING fts5vocab (case_search, 'row');
CREATE VIRTUAL TABLE applicant_search USING fts5 (
    name, id_number, content = '', detail = 'none', tokenize = 'trigram case_sensitive 1');
CREATE VIRTUAL TABLE applicant_search_terms USING fts5vocab (applicant_search, 'row');

-- Kept in step by triggers, so every writer (a decision, the platform's official number, a retention run
-- that blanks a name) updates the index in its own transaction. A contentless table forgets a row only
-- when told the exact text it indexed, hence the same expressions in 'delete'.
CREATE TRIGGER case_search_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_search (rowid, case_number, official_number)
        VALUES (new.rowid, lower(new.case_number) || char(1, 1), lower(coalesce(new.official_number, '')) || char(1, 1));
END;
CREATE TRIGGER case_search_delete AFTER DELETE ON cases BEGIN
    INSERT INTO case_search (case_search, rowid, case_number, official_number)
        VALUES ('delete', old.rowid, lower(old.case_number) || char(1, 1), lower(coalesce(old.official_number, '')) || char(1, 1));
END;
CREATE TRIGGER case_search_update AFTER UPDATE OF case_number, official_number ON cases
    WHEN old.case_number IS NOT new.case_number OR old.official_number IS NOT new.official_number BEGIN
    INSERT INTO case_search (case_search, rowid, case_number, official_number)
        VALUES ('delete', old.rowid, lower(old.case_number) || char(1, 1), lower(coalesce(old.official_number, '')) || char(1, 1));
    INSERT INTO case_search (rowid, case_number, official_number)
        VALUES (new.rowid, lower(new.case_number) || char(1, 1), lower(coalesce(new.official_number, '')) || char(1, 1));
END;
CREATE TRIGGER applicant_search_insert AFTER INSERT ON applicants BEGIN
    INSERT INTO applicant_search (rowid, name, id_number)
        VALUES (new.rowid, lower(new.name) || char(1, 1), lower(new.id_number) || char(1, 1));
END;
CREATE TRIGGER applicant_search_delete AFTER DELETE ON applicants BEGIN
    INSERT INTO applicant_search (applicant_search, rowid, name, id_number)
        VALUES ('delete', old.rowid, lower(old.name) || char(1, 1), lower(old.id_number) || char(1, 1));
END;
CREATE TRIGGER applicant_search_update AFTER UPDATE OF name, id_number ON applicants
    WHEN old.name IS NOT new.name OR old.id_number IS NOT new.id_number BEGIN
    INSERT INTO applicant_search (applicant_search, rowid, name, id_number)
        VALUES ('delete', old.rowid, lower(old.name) || char(1, 1), lower(old.id_number) || char(1, 1));
    INSERT INTO applicant_search (rowid, name, id_number)
        VALUES (new.rowid, lower(new.name) || char(1, 1), lower(new.id_number) || char(1, 1));
END;

-- The cases and applicants already stored.
INSERT INTO case_search (rowid, case_number, official_number)
    SELECT rowid, lower(case_number) || char(1, 1), lower(coalesce(official_number, '')) || char(1, 1) FROM cases;
INSERT INTO applicant_search (rowid, name, id_number)
    SELECT rowid, lower(name) || char(1, 1), lower(id_number) || char(1, 1) FROM applicants;
