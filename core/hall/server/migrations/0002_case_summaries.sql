-- Case summaries the windows report (docs/hall-api.md, "Case summaries"): the newest version of each case,
-- no personal data. data is the summary as the API returns it; the columns are what queries filter on.
CREATE TABLE case_summaries (
    case_id TEXT NOT NULL PRIMARY KEY,
    window_id TEXT NOT NULL,
    ticket_id TEXT NOT NULL,
    day TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    decision TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX case_summaries_day ON case_summaries (day, decided_at);

-- Which ticket a case was taken for (from ticket_cases_linked), so a summary sent without its ticket gets
-- it, whichever of the two arrives first. The first ticket a case was linked to wins.
CREATE TABLE ticket_cases (
    case_id TEXT NOT NULL PRIMARY KEY,
    ticket_id TEXT NOT NULL
);

-- The links made before this migration, from the event log.
INSERT OR IGNORE INTO ticket_cases (case_id, ticket_id)
    SELECT j.value, e.ticket_id FROM queue_events e, json_each(e.payload, '$.data.caseIds') j
    WHERE e.type = 'ticket_cases_linked' AND e.ticket_id IS NOT NULL ORDER BY e.seq;
