-- Placeholder for schema 11, which another part of issue #13 brings; migrations run without gaps, so
-- this branch needs one to carry 0012. Dropped when the real 0011 is merged.
SELECT 1;
