-- OneWindow local database, schema 15: the ratings given at the hall (the rating screen at this window, the
-- kiosk) reach the platform through this window's sync (docs/adr/0034-ratings-leave-the-hall.md).
-- The window follows the hall's rating events from a sequence cursor (never a time, ADR 0014) and keeps
-- each rating of one of its cases as an evaluation whose id is derived from the ticket and the case, so
-- an event read twice is the same row and the platform gets it once.

-- Why a rating of 1 or 2 was given: comma-separated keys of core/domain/ratingreasons.h ('' for none).
ALTER TABLE evaluations ADD COLUMN reasons TEXT NOT NULL DEFAULT '';
-- The hall ticket the rating was given for ('' for a rating taken at the window program itself).
ALTER TABLE evaluations ADD COLUMN ticket_id TEXT NOT NULL DEFAULT '';

-- How far this window has read the hall's events, per follower ('ratings'): the hall's seq.
CREATE TABLE hall_event_cursors (
    follower   TEXT    NOT NULL PRIMARY KEY,
    seq        INTEGER NOT NULL CHECK (seq >= 0),
    updated_at TEXT    NOT NULL
);
