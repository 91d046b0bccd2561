-- The feedback tables as reportbot created them before schema versions
-- existed: IF NOT EXISTS so that such a file is adopted as it is.
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	ts        TEXT    NOT NULL,
	chat_hash TEXT    NOT NULL,
	source    TEXT    NOT NULL,
	question  TEXT    NOT NULL,
	report    TEXT    NOT NULL,
	mode      TEXT    NOT NULL,
	found     INTEGER NOT NULL,
	cited     TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_question ON questions(question);
CREATE TABLE IF NOT EXISTS votes (
	question_id INTEGER NOT NULL REFERENCES questions(id),
	chat_hash   TEXT    NOT NULL,
	ts          TEXT    NOT NULL,
	vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
	PRIMARY KEY (question_id, chat_hash)
);
