-- Pairs of member records the clerk has looked at in "Tìm trùng lặp" and marked "Không trùng":
-- never proposed again. Stored with the smaller id first; a pair disappears with either record.
CREATE TABLE member_not_duplicates (
  member_a INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  member_b INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  at       TEXT NOT NULL,
  PRIMARY KEY (member_a, member_b),
  CHECK (member_a < member_b)
) WITHOUT ROWID;
CREATE INDEX member_not_duplicates_b ON member_not_duplicates(member_b);

-- "Tìm trùng lặp" counts members per folded name and birth year; with this index SQLite counts
-- from the index alone instead of sorting the whole register, and then reads only the members of
-- groups of two or more.
CREATE INDEX members_name_year ON members(name_key, substr(birth_date, 1, 4)) WHERE birth_date IS NOT NULL;
