-- The audit trail becomes a hash chain (docs/adr/0021-audit-hash-chain.md): every row carries its place
-- in the chain (seq), the hash of the row before it and its own hash, SHA-256 over prev_hash and the row's
-- columns in a length-prefixed encoding (core/security/auditchain.cpp). Rows written before this migration
-- keep NULL here until the first append chains them in id order: SQLite has no SHA-256 and the migration
-- runner runs only SQL (ADR 0013 keeps SQLite behind Qt SQL, so no function can be registered for it).
ALTER TABLE audit_trail ADD COLUMN seq INTEGER;
ALTER TABLE audit_trail ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_trail ADD COLUMN row_hash TEXT;
-- One row per place: two writers that both read the same last row cannot both append after it.
CREATE UNIQUE INDEX audit_trail_seq ON audit_trail (seq);
-- The chain's head: the last row's place and hash, signed (HMAC-SHA-256) with the device key kept in a
-- file beside the database. Removing rows at the tail leaves a head that names a row no longer there.
CREATE TABLE audit_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq   INTEGER NOT NULL,
    last_hash  TEXT    NOT NULL,
    signature  TEXT    NOT NULL
);
