-- Timed steps and nudges: due rows in UTC, claimed atomically, marked done with the step
-- that handled them. The scheduler keeps no copy of anything in memory.
CREATE TABLE scheduled (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    chat       TEXT NOT NULL,
    user       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    due_at     INTEGER NOT NULL,
    payload    TEXT NOT NULL DEFAULT '{}',
    claimed_at INTEGER,
    done_at    INTEGER
);
CREATE INDEX scheduled_open ON scheduled (due_at) WHERE done_at IS NULL;
CREATE INDEX scheduled_by_user ON scheduled (platform, user);
