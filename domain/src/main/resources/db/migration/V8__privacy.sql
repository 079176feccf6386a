-- Privacy: profile details a member shows only to members they are matched with, and accounts
-- deleted by their owner (anonymised, so that other members' records stay whole).

-- Names of the profile fields (HEADLINE, LOCATION, BIO, SKILLS) shown only to matched members,
-- comma-separated; NULL or empty: all shown to every member.
ALTER TABLE members ADD COLUMN matched_only_fields VARCHAR(100);

-- When the member deleted their account; the row stays, emptied, as "A former member".
ALTER TABLE members ADD COLUMN deleted_at ${timestamp};
