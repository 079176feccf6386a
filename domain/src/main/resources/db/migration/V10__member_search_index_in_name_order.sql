-- V9's index did not give the member search (Member.findIdsByName) its order on H2: its rows
-- run (display_name, deleted_at, id), the search asks for (display_name, id), so H2 read every
-- member and sorted them on every search. With the id second, H2 and MariaDB both walk the index
-- in the order asked and stop at the twentieth hit; deleted_at stays in it so that the index
-- alone answers the query.
DROP INDEX ix_members_name ON members;
CREATE INDEX ix_members_name ON members (display_name, id, deleted_at);
