-- OneWindow local database, schema 16: a material line names its wording by number (docs/adr/0023, amended).
-- Every line repeated its catalog wording (the kind, the name as the case listed it, the matters asking for
-- it): about 75 bytes a line, 0.45 KB a case, the largest part of what a case keeps once retention has
-- emptied its payloads. A hall lists a few hundred distinct wordings in years, so each is stored once and a
-- line keeps its number. A wording is never changed or deleted (a catalog import that renames a kind makes a
-- new one), so the lines need no index on it.
CREATE TABLE material_wordings (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,  -- no FK: kinds are replaced by imports, cases keep what they listed
    name         TEXT    NOT NULL,
    matter_codes TEXT    NOT NULL,  -- JSON array of the matters asking for it
    UNIQUE (kind, name, matter_codes)
);
INSERT INTO material_wordings (kind, name, matter_codes)
    SELECT DISTINCT kind, name, matter_codes FROM case_materials ORDER BY kind, name, matter_codes;

CREATE TABLE case_materials_new (
    case_id     TEXT    NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    wording_id  INTEGER NOT NULL REFERENCES material_wordings (id),
    status      TEXT    NOT NULL,
    received    INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1)),
    received_on TEXT,
    valid_until TEXT,               -- NULL: does not expire
    optional    INTEGER NOT NULL DEFAULT 0 CHECK (optional IN (0, 1)),
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;
INSERT INTO case_materials_new (case_id, position, wording_id, status, received, received_on, valid_until, optional)
    SELECT m.case_id, m.position, w.id, m.status, m.received, m.received_on, m.valid_until, m.optional
    FROM case_materials m JOIN material_wordings w ON w.kind = m.kind AND w.name = m.name AND w.matter_codes = m.matter_codes;
DROP TABLE case_materials;
ALTER TABLE case_materials_new RENAME TO case_materials;

-- The lines as they read before: what every statement that reads a line's kind, name or matters selects from.
CREATE VIEW case_material_lines AS
    SELECT m.case_id, m.position, w.kind, w.name, m.status, m.received, m.received_on, m.valid_until, w.matter_codes,
           m.optional
    FROM case_materials m JOIN material_wordings w ON w.id = m.wording_id;
