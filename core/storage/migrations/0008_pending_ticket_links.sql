-- OneWindow local database, schema 8: links of cases to hall tickets that the hall has not confirmed yet
-- (ui/queue/ticketcaselinker.h, core/hall/ticketlinkstore.h). A decision taken while a ticket is at the
-- window is linked to that ticket at the hall; when the hall is out of reach the link waits here, so a
-- restart of the window program does not lose it and the supervisor's figures for that visit stay whole.
CREATE TABLE pending_ticket_links (
    case_number TEXT NOT NULL PRIMARY KEY,  -- the case number the hall shows (HALL-YYYYMMDD-WW-NNNN)
    ticket_id   TEXT NOT NULL,
    ticket_code TEXT NOT NULL DEFAULT '',   -- for the clerk's messages (A012)
    created_at  TEXT NOT NULL
);
