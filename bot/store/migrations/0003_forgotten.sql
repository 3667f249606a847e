-- People deleted by another process (`brug forget`) while Brug may be running. A step that
-- read such a person's state before the deletion is refused and read again, so nothing
-- held in memory brings the rows back. Rows are kept for FORGOTTEN_KEEP seconds.
CREATE TABLE forgotten (
    platform TEXT NOT NULL,
    user     TEXT NOT NULL,
    at       REAL NOT NULL
);
