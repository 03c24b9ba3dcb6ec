-- OneWindow local database, schema 6: the hall's case summaries follow status changes from the platform
-- too (docs/hall-api.md, "Case summaries"; core/hall/hallreportstore.h). A status pull writes no outbox row,
-- so the two outbox cursors of schema 5 never see it; a third cursor, 'statuses', follows the cases'
-- updated_at ("updated_at|case id"), which the pull sets with the status.

-- SQLite cannot alter a CHECK constraint: the cursor table is rebuilt with the third stream allowed.
CREATE TABLE hall_report_cursors_new (
    stream     TEXT NOT NULL PRIMARY KEY CHECK (stream IN ('revisions', 'synced', 'statuses')),
    position   TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO hall_report_cursors_new (stream, position, updated_at)
    SELECT stream, position, updated_at FROM hall_report_cursors;
DROP TABLE hall_report_cursors;
ALTER TABLE hall_report_cursors_new RENAME TO hall_report_cursors;

-- The 'statuses' stream reads the cases the platform has moved, in updated_at order. Partial, over the
-- statuses only a pull sets: a decision's insert (accepted, awaiting_supplement, notified, rejected) and a
-- supplement's update do not touch this index, so the decision's hot path costs nothing more. The query
-- (HallReportStore::next) repeats this WHERE term word for word, as SQLite needs to use the index.
CREATE INDEX cases_platform_status ON cases (updated_at, id)
    WHERE status IN ('in_progress', 'ready_for_pickup', 'completed');
