-- The first page of the member list right after start, before the in-memory search index is built
-- (electron/services/members/list-query.ts): these indexes give the members of one status, or of one
-- unit and status, already in Vietnamese order, so the page is the first rows of an index walk and
-- the total a count over one range of it.
CREATE INDEX members_status_sort ON members(status, sort_key, id);

-- Replaces members_unit(unit_id, status), of which it is an extension: same lookups, plus the order.
DROP INDEX members_unit;
CREATE INDEX members_unit_sort ON members(unit_id, status, sort_key, id);
