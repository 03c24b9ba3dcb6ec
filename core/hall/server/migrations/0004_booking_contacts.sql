-- Bookings made at the hall (docs/hall-api.md, "Bookings"; ADR 0035): who booked, for the clerk who finds
-- the booking again and sends the SMS. Only a name and a phone number, never an ID number. These columns
-- stay out of the event log and the stream (boards read those); only supervisors and windows read them.
-- state: active, cancelled or checked_in. created_at: when the hall took the booking (UTC, ISO 8601);
-- '' for a booking registered before this schema.
ALTER TABLE bookings ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE bookings ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE bookings ADD COLUMN state TEXT NOT NULL DEFAULT 'active';
ALTER TABLE bookings ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
CREATE INDEX bookings_phone ON bookings (phone);
