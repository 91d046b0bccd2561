-- The durable inbox and outbox, idempotent question records, conversation
-- state. Times are Unix milliseconds.
ALTER TABLE questions ADD COLUMN update_id INTEGER;
CREATE UNIQUE INDEX questions_update ON questions(update_id);
CREATE INDEX questions_ts ON questions(ts);

CREATE TABLE inbox (
	update_id   INTEGER PRIMARY KEY,
	body        BLOB,                       -- the update JSON as received; NULL once done
	state       TEXT    NOT NULL CHECK (state IN ('pending', 'claimed', 'done', 'failed')),
	received_at INTEGER NOT NULL,
	owner       TEXT    NOT NULL DEFAULT '', -- replica holding the claim
	lease_until INTEGER NOT NULL DEFAULT 0,
	claims      INTEGER NOT NULL DEFAULT 0,  -- times claimed: the attempt count and the claim's token
	done_at     INTEGER,
	error       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX inbox_open ON inbox(received_at, update_id) WHERE state IN ('pending', 'claimed');
CREATE INDEX inbox_done ON inbox(done_at) WHERE state IN ('done', 'failed');

CREATE TABLE outbox (
	update_id   INTEGER PRIMARY KEY,        -- the update these replies answer
	payload     BLOB    NOT NULL,           -- the messages, opaque to storage
	next        INTEGER NOT NULL DEFAULT 0, -- index of the next message to send
	dropped     INTEGER NOT NULL DEFAULT 0, -- messages given up on
	state       TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'done')),
	owner       TEXT    NOT NULL DEFAULT '',
	lease_until INTEGER NOT NULL DEFAULT 0,
	claims      INTEGER NOT NULL DEFAULT 0,
	attempts    INTEGER NOT NULL DEFAULT 0, -- deferrals after failed sends
	next_at     INTEGER NOT NULL DEFAULT 0,
	created_at  INTEGER NOT NULL,
	done_at     INTEGER,
	error       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX outbox_open ON outbox(created_at, update_id) WHERE state IN ('pending', 'sending');
CREATE INDEX outbox_done ON outbox(done_at) WHERE state = 'done';

CREATE TABLE conversations (
	key        TEXT    PRIMARY KEY,
	data       BLOB    NOT NULL,
	expires_at INTEGER NOT NULL
);
CREATE INDEX conversations_expiry ON conversations(expires_at);
