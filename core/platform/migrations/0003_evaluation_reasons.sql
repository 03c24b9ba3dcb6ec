-- Reference platform, schema 3: why a rating of 1 or 2 was given (好差评 reasons, comma-separated keys of
-- core/domain/ratingreasons.h; '' for none), as the supervisor's follow-up needs them.
ALTER TABLE evaluations ADD COLUMN reasons TEXT NOT NULL DEFAULT '';
