-- The hall service's own database (core/hall, docs/adr/0007-hall-queue-persistence.md).
-- State tables hold the queue as it is; queue_events holds every event exactly as the boards received it.
-- Every operation writes its events and the records they changed in ONE transaction.

-- The part of the engine's state that is neither a ticket, a window nor a booking: the day, the last
-- sequence number, the next queue position and the day's counters (QueueState::metaToJson).
CREATE TABLE hall_meta (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE queue_events (
    seq INTEGER NOT NULL PRIMARY KEY,
    day TEXT NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    ticket_id TEXT,
    window_id TEXT,
    payload TEXT NOT NULL
);
CREATE INDEX queue_events_day ON queue_events (day, seq);

-- Every ticket ever issued. (day, code) is unique: the database itself refuses a number used twice a day.
CREATE TABLE tickets (
    id TEXT NOT NULL PRIMARY KEY,
    day TEXT NOT NULL,
    code TEXT NOT NULL,
    service TEXT NOT NULL,
    state TEXT NOT NULL,
    priority TEXT NOT NULL,
    window_id TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    called_at TEXT,
    completed_at TEXT,
    rating INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    UNIQUE (day, code)
);
CREATE INDEX tickets_day_state ON tickets (day, state);

CREATE TABLE windows (
    id TEXT NOT NULL PRIMARY KEY,
    paused INTEGER NOT NULL,
    current_ticket TEXT NOT NULL,
    data TEXT NOT NULL
);

CREATE TABLE bookings (
    code TEXT NOT NULL PRIMARY KEY,
    day TEXT NOT NULL,
    service TEXT NOT NULL,
    ticket_id TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX bookings_day ON bookings (day);
