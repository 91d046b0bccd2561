-- The web chat: each question keeps the answer it got (the answer's JSON,
-- so that staff see 👎 answers beside their questions); '' for questions
-- recorded before.
ALTER TABLE questions ADD COLUMN answer TEXT NOT NULL DEFAULT '';
