-- onewindow-platform, schema 2: the result's hand-over (出件) a hall reports (POST /cases/{id}/handover,
-- docs/adr/0025-result-handover.md). One per case, keyed by the case id, so a replayed report can never
-- make a second; the content hash tells a replay from a different report.
CREATE TABLE handovers (
    case_id      TEXT    NOT NULL PRIMARY KEY REFERENCES cases (id),
    revision     INTEGER NOT NULL CHECK (revision >= 2),
    method       TEXT    NOT NULL CHECK (method IN ('in_person', 'post')),
    payload      TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    device       TEXT    NOT NULL,
    deliveries   INTEGER NOT NULL DEFAULT 1, -- accepted reports, replays included: shows retries happened
    received_at  TEXT    NOT NULL
);
