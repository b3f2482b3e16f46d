-- The member search index (electron/services/members/search-index.ts) is built in slices in
-- Vietnamese order, each slice starting after the last (sort_key, id) read: this index lets
-- SQLite walk straight to it instead of sorting the whole register for every slice.
CREATE INDEX members_sort ON members(sort_key, id);

-- An import writes one change entry for all the members it adds, with ids member_id..last_id
-- (import-stage.ts gives them consecutive ids), so search indexes add just those members
-- instead of reloading the register. NULL for the one-member entries written by the triggers.
ALTER TABLE member_changes ADD COLUMN last_id INTEGER;
