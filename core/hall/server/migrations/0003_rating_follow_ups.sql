-- What the hall did about a bad rating (好差评 差评, a rating of 1 or 2): call-backs to the applicant (回访)
-- and rectifications (整改), recorded by a supervisor (docs/hall-api.md, "Bad ratings"). The rating itself
-- stays on its ticket; these rows only grow, in the order they were recorded.
CREATE TABLE rating_follow_ups (
    id          INTEGER NOT NULL PRIMARY KEY,
    ticket_id   TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('callback', 'rectification')),
    note        TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    actor       TEXT    NOT NULL
);
CREATE INDEX rating_follow_ups_ticket ON rating_follow_ups (ticket_id, id);
-- The bad ratings of some days are found by the tickets' own rating column.
CREATE INDEX tickets_day_rating ON tickets (day, rating);
