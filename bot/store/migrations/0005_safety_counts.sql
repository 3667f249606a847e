-- Safety answers as counts per day, with nobody's id: who had a crisis, and when, is not
-- kept beside the person. (With consent, a person's own count lives in their sealed state.)
CREATE TABLE safety_counts (
    day     TEXT PRIMARY KEY,  -- YYYY-MM-DD, UTC
    answers INTEGER NOT NULL
);
INSERT INTO safety_counts (day, answers)
    SELECT date(at, 'unixepoch'), COUNT(*) FROM safety_events GROUP BY 1;
DROP TABLE safety_events;
