-- Conversations: one row per (platform, chat, user); `data` is ConversationState.to_json().
CREATE TABLE conversations (
    platform   TEXT NOT NULL,
    chat       TEXT NOT NULL,
    user       TEXT NOT NULL,
    data       TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (platform, chat, user)
) WITHOUT ROWID;

-- Replies committed with their step and removed once the platform confirmed delivery.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    chat       TEXT NOT NULL,
    user       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX outbox_by_platform ON outbox (platform, id);
CREATE INDEX outbox_by_user ON outbox (platform, user);

-- What people chose to keep from exercises (journal entries, thought checks, commitments).
CREATE TABLE records (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    chat       TEXT NOT NULL,
    user       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    data       TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX records_by_user ON records (platform, user, kind, created_at);

-- That a crisis answer was given, never what was written; user is NULL without consent.
CREATE TABLE safety_events (
    id       INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    user     TEXT,
    at       INTEGER NOT NULL
);

-- Small named values of the adapters: Telegram's update offset, Matrix's sync token.
CREATE TABLE cursors (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
