-- The dashboards' "recent giving" (Match.findRecentCompleted) asks for the eight newest completed
-- matches of the last 30 days. H2 cannot read an index backwards, so with (status, completed_at)
-- it read and sorted every completion of the month, 8,400 of them in the benchmark's community:
-- half a second alone, two to three under load, once every 30 s on each instance. Kept newest
-- first, the index gives the eight at once, on H2 and on MariaDB (descending indexes since 10.8).
-- Only a completed match has a completion time, so the status need not lead the index.
DROP INDEX ix_matches_status_completed ON matches;
CREATE INDEX ix_matches_recent ON matches (completed_at DESC, id DESC);
