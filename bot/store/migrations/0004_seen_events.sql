-- Events already answered, by the platform's own id, for platforms whose ids have no order
-- (Matrix). Written in the step's own transaction; the Matrix adapter drops a sync's rows
-- once a later sync token is saved, since nothing before a saved token comes again.
-- (Telegram's update ids only grow: the highest per conversation is kept in its state.)
CREATE TABLE seen_events (
    platform TEXT NOT NULL,
    event_id TEXT NOT NULL,
    at       REAL NOT NULL,
    PRIMARY KEY (platform, event_id)
) WITHOUT ROWID;
