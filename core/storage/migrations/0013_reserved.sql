-- Placeholder for schema 13, which another part of issue #14 brings; migrations run without gaps, so
-- this branch needs one to carry 0014. Dropped when the real 0013 is merged.
SELECT 1;
