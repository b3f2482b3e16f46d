-- The old 9-digit identity card number (CMND), which many lists still carry; a member may have
-- both it and a CCCD. Searchable like the CCCD.
ALTER TABLE members ADD COLUMN cmnd TEXT;
CREATE INDEX members_cmnd ON members(cmnd) WHERE cmnd IS NOT NULL;
