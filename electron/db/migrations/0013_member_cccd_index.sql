-- One index on the CCCD instead of two. members_cccd (every holder, for lookups) and
-- members_cccd_active (unique among active members) held the same key, and every member written
-- paid for both: a 50,000-row import spends some 7 % of its insert on the second one.
-- The second column is 0 for an active member and the member's own id otherwise, so two active
-- members with one CCCD collide (the rule of members_cccd_active) while former members never do;
-- lookups by CCCD use the first column as before.
DROP INDEX members_cccd;
DROP INDEX members_cccd_active;
CREATE UNIQUE INDEX members_cccd ON members(cccd, (CASE WHEN status = 'active' THEN 0 ELSE id END)) WHERE cccd IS NOT NULL;
