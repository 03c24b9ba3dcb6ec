-- OneWindow local database, schema 4: an index for draining the outbox (docs/sync.md).
-- The sync client asks for the oldest due rows (Outbox::pending: state = ? ... ORDER BY id LIMIT n). With only
-- outbox_state (state, next_attempt_at, id) SQLite sorted every pending row, payload and all, to hand over the
-- first hundred: quadratic over a 10,000-row backlog. (state, id) gives them in order and stops at the limit.
CREATE INDEX outbox_state_order ON outbox (state, id);
