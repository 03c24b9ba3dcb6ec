-- OneWindow local database, schema 5: what the hall service has confirmed of this window's case summaries
-- (docs/hall-api.md, "Case summaries"; core/hall/hallcasereporter.h). A decision writes nothing here: its
-- transaction is the measured hot path. The reporter follows the outbox instead, whose ids only grow
-- (every decision and every supplement appends a row) and whose sent_at tells when the sync got through.

-- How far the hall has confirmed each stream: 'revisions' is an outbox id; 'synced' is "sent_at|outbox id".
CREATE TABLE hall_report_cursors (
    stream     TEXT NOT NULL PRIMARY KEY CHECK (stream IN ('revisions', 'synced')),
    position   TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Summaries the hall refused (a 4xx for that one summary): skipped so the rest go on, kept for a person.
CREATE TABLE hall_report_refusals (
    case_id    TEXT NOT NULL PRIMARY KEY REFERENCES cases (id),
    reason     TEXT NOT NULL,
    refused_at TEXT NOT NULL
);

-- The 'synced' stream reads sent rows in sent_at order. Partial: a decision's new row (sent_at NULL) is not
-- in it, so the decision's insert does not touch this index.
CREATE INDEX outbox_sent_at ON outbox (sent_at, id) WHERE sent_at IS NOT NULL;
