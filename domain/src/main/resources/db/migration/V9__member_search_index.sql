-- The member search (Member.findIdsByName) asks for the first 20 ids, in name order, of the
-- members whose name contains what was typed. With the names indexed in that order (InnoDB adds
-- the id to every index; deleted_at is there so that the index answers the whole query), the
-- database reads the index alone and stops at the twentieth hit, instead of reading every member
-- and sorting the lot on every search.
CREATE INDEX ix_members_name ON members (display_name, deleted_at);
