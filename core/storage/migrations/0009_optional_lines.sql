-- OneWindow local database, schema 9: a case keeps which of its lines are optional (选交).
-- Before, an optional line the applicant did not bring was stored like any line still to collect, so a
-- 容缺 case whose owed materials all came stayed "awaiting supplement" for ever. The engine knows which
-- lines are optional (no matter of the application requires them); the case now keeps it.
ALTER TABLE case_materials ADD COLUMN optional INTEGER NOT NULL DEFAULT 0 CHECK (optional IN (0, 1));

-- Cases decided before: a line is optional when the pinned versions of the case's matters list its kind
-- and none of them lists it as anything but optional. A kind also listed as situational counts as
-- required here (whether that situation applied is not re-derived): the old, stricter reading stays.
UPDATE case_materials SET optional = 1
    WHERE EXISTS (SELECT 1 FROM case_matters cm
                      JOIN matter_versions v ON v.code = cm.matter_code AND v.version = cm.matter_version,
                      json_each(v.snapshot, '$.materials') e
                  WHERE cm.case_id = case_materials.case_id
                    AND json_extract(e.value, '$.kind') = case_materials.kind
                    AND json_extract(e.value, '$.requirement') = 'optional')
      AND NOT EXISTS (SELECT 1 FROM case_matters cm
                          JOIN matter_versions v ON v.code = cm.matter_code AND v.version = cm.matter_version,
                          json_each(v.snapshot, '$.materials') e
                      WHERE cm.case_id = case_materials.case_id
                        AND json_extract(e.value, '$.kind') = case_materials.kind
                        AND json_extract(e.value, '$.requirement') <> 'optional');
