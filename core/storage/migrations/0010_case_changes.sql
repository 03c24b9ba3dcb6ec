-- OneWindow local database, schema 10: the hall reporter follows changes by a sequence, not by the clock
-- (docs/adr/0014-change-sequence.md). Schemas 5 and 6 followed sent_at and updated_at; a clock stepped back
-- (NTP, a BIOS clock reset) gave later changes earlier times, and the cursor passed over them for good.
-- Now the sync (Outbox::markSent) and a status pull (CaseRepository::applyPlatformStatus) append a row here
-- in the transaction of their change; a row's seq is larger than every seq before it, whatever the clock.
-- Decisions and supplements write nothing here: the 'revisions' stream follows the outbox ids as before.

-- No AUTOINCREMENT: nothing deletes from this table, so a new rowid is always max + 1.
CREATE TABLE case_changes (
    seq     INTEGER PRIMARY KEY,
    stream  TEXT NOT NULL CHECK (stream IN ('synced', 'statuses')),
    case_id TEXT NOT NULL REFERENCES cases (id)
);

-- What the old cursors followed, in the order they followed it: the sent outbox rows by (sent_at, id), then
-- the cases the platform has moved by (updated_at, id). Every one of them gets its sequence number.
INSERT INTO case_changes (stream, case_id)
    SELECT 'synced', case_id FROM outbox WHERE sent_at IS NOT NULL ORDER BY sent_at, id;
INSERT INTO case_changes (stream, case_id)
    SELECT 'statuses', id FROM cases WHERE status IN ('in_progress', 'ready_for_pickup', 'completed')
    ORDER BY updated_at, id;

-- The cursors move to the same place in the new order: the last row at or before the old position. The
-- 'synced' rows were numbered from 1 in the old order, so that is a count; the 'statuses' rows follow them.
UPDATE hall_report_cursors SET position = (
    SELECT count(*) FROM outbox o WHERE o.sent_at IS NOT NULL
        AND (o.sent_at < substr(hall_report_cursors.position, 1, instr(hall_report_cursors.position, '|') - 1)
             OR (o.sent_at = substr(hall_report_cursors.position, 1, instr(hall_report_cursors.position, '|') - 1)
                 AND o.id <= CAST(substr(hall_report_cursors.position, instr(hall_report_cursors.position, '|') + 1) AS INTEGER))))
    WHERE stream = 'synced';
UPDATE hall_report_cursors SET position = (SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL) + (
    SELECT count(*) FROM cases c WHERE c.status IN ('in_progress', 'ready_for_pickup', 'completed')
        AND (c.updated_at < substr(hall_report_cursors.position, 1, instr(hall_report_cursors.position, '|') - 1)
             OR (c.updated_at = substr(hall_report_cursors.position, 1, instr(hall_report_cursors.position, '|') - 1)
                 AND c.id <= substr(hall_report_cursors.position, instr(hall_report_cursors.position, '|') + 1))))
    WHERE stream = 'statuses';

-- Only the old cursors read these.
DROP INDEX outbox_sent_at;
DROP INDEX cases_platform_status;
