-- The durable inbox and outbox, idempotent question records, conversation
-- state. Times are Unix milliseconds.
ALTER TABLE questions ADD COLUMN update_id BIGINT;
CREATE UNIQUE INDEX questions_update ON questions(update_id);
CREATE INDEX questions_ts ON questions(ts);

CREATE TABLE inbox (
	update_id   BIGINT  PRIMARY KEY,
	body        BYTEA,
	state       TEXT    NOT NULL CHECK (state IN ('pending', 'claimed', 'done', 'failed')),
	received_at BIGINT  NOT NULL,
	owner       TEXT    NOT NULL DEFAULT '',
	lease_until BIGINT  NOT NULL DEFAULT 0,
	claims      INTEGER NOT NULL DEFAULT 0,
	done_at     BIGINT,
	error       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX inbox_open ON inbox(received_at, update_id) WHERE state IN ('pending', 'claimed');
CREATE INDEX inbox_done ON inbox(done_at) WHERE state IN ('done', 'failed');

CREATE TABLE outbox (
	update_id   BIGINT  PRIMARY KEY,
	payload     BYTEA   NOT NULL,
	next        INTEGER NOT NULL DEFAULT 0,
	dropped     INTEGER NOT NULL DEFAULT 0,
	state       TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'done')),
	owner       TEXT    NOT NULL DEFAULT '',
	lease_until BIGINT  NOT NULL DEFAULT 0,
	claims      INTEGER NOT NULL DEFAULT 0,
	attempts    INTEGER NOT NULL DEFAULT 0,
	next_at     BIGINT  NOT NULL DEFAULT 0,
	created_at  BIGINT  NOT NULL,
	done_at     BIGINT,
	error       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX outbox_open ON outbox(created_at, update_id) WHERE state IN ('pending', 'sending');
CREATE INDEX outbox_done ON outbox(done_at) WHERE state = 'done';

CREATE TABLE conversations (
	key        TEXT   PRIMARY KEY,
	data       BYTEA  NOT NULL,
	expires_at BIGINT NOT NULL
);
CREATE INDEX conversations_expiry ON conversations(expires_at);
