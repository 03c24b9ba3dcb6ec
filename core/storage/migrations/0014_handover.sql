-- OneWindow local database, schema 14: the result's hand-over (出件, docs/adr/0025-result-handover.md).
-- At intake the applicant chooses pick-up at the window or delivery by post (with the address); at the
-- hand-over the window records who collected it, or the carrier and tracking number. The hand-over is the
-- case's last revision and travels to the platform through the outbox like any revision, but to its own
-- operation (POST /cases/{id}/handover): the outbox row says which.
ALTER TABLE cases ADD COLUMN delivery_method TEXT NOT NULL DEFAULT 'window' CHECK (delivery_method IN ('window', 'post'));
ALTER TABLE cases ADD COLUMN delivery_address TEXT NOT NULL DEFAULT '';

ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'case' CHECK (kind IN ('case', 'handover'));

-- At most one hand-over per case: the key says so, whatever a double click or a second window tries.
CREATE TABLE handovers (
    case_id         TEXT    NOT NULL PRIMARY KEY REFERENCES cases (id),
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    method          TEXT    NOT NULL CHECK (method IN ('in_person', 'post')),
    collector       TEXT    NOT NULL DEFAULT '' CHECK (collector IN ('', 'applicant', 'agent')),
    agent_name      TEXT    NOT NULL DEFAULT '',
    agent_id_number TEXT    NOT NULL DEFAULT '',
    carrier         TEXT    NOT NULL DEFAULT '',
    tracking_number TEXT    NOT NULL DEFAULT '',
    address         TEXT    NOT NULL DEFAULT '',
    hall_code       TEXT    NOT NULL,
    window_no       INTEGER NOT NULL,
    clerk           TEXT    NOT NULL,
    handed_over_at  TEXT    NOT NULL
);
CREATE INDEX handovers_at ON handovers (handed_over_at);

-- The pick-up list: the cases whose result waits at the hall.
CREATE INDEX cases_status ON cases (status);
