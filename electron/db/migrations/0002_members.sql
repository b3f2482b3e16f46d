-- Member register (sổ đoàn viên). The rules are written at the top of
-- electron/services/members/events.ts: member_events is the truth; members.unit_id /
-- members.status and member_spans are caches rebuilt from a member's events whenever they change.

-- Each imported member list: which file (by SHA-256), when, how many rows were saved.
CREATE TABLE member_imports (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  stored_path TEXT,
  created     INTEGER NOT NULL
);
CREATE INDEX member_imports_sha ON member_imports(sha256);

CREATE TABLE members (
  id              INTEGER PRIMARY KEY,
  -- Cached from events: the unit the member is in now (or was in last) and the current status.
  unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  status          TEXT NOT NULL CHECK (status IN ('active', 'transferred_out', 'left')),
  name            TEXT NOT NULL,
  name_key        TEXT NOT NULL,             -- foldVi(name): search
  sort_key        TEXT NOT NULL,             -- personCollationKey(name): Vietnamese order, given name first (sorted in memory, see search.ts)
  birth_date      TEXT,                      -- 'YYYY-MM-DD' or 'YYYY' when only the year is known
  gender          TEXT CHECK (gender IN ('nam', 'nu')),
  ethnicity       TEXT,
  ethnic_minority INTEGER NOT NULL DEFAULT 0, -- ethnicity given and not Kinh
  religion        TEXT,
  cccd            TEXT CHECK (cccd IS NULL OR (length(cccd) = 12 AND cccd NOT GLOB '*[^0-9]*')),
  phone           TEXT,
  job_title       TEXT,
  union_position  TEXT CHECK (union_position IN ('doan_vien', 'to_truong', 'uv_bch', 'pho_chu_tich', 'chu_tich')),
  joined_on       TEXT,                      -- 'YYYY-MM-DD' or 'YYYY'
  member_code     TEXT,
  member_code_key TEXT,
  party_member    INTEGER NOT NULL DEFAULT 0,
  party_date      TEXT,
  education       TEXT,
  notes           TEXT,
  import_id       INTEGER REFERENCES member_imports(id),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX members_unit ON members(unit_id, status);
CREATE INDEX members_cccd ON members(cccd) WHERE cccd IS NOT NULL;
-- A CCCD belongs to one person: unique among members who are active now.
CREATE UNIQUE INDEX members_cccd_active ON members(cccd) WHERE cccd IS NOT NULL AND status = 'active';
-- The national member code is an external key: unique across the register.
CREATE UNIQUE INDEX members_code ON members(member_code_key) WHERE member_code_key IS NOT NULL;

-- Life events. Never updated; only the latest one of a member may be deleted (to undo a mistake).
CREATE TABLE member_events (
  id            INTEGER PRIMARY KEY,
  member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('register', 'admit', 'transferIn', 'transfer', 'transferOut', 'leave', 'card')),
  date          TEXT NOT NULL,               -- 'YYYY-MM-DD'; same-day events apply in id order
  from_unit_id  INTEGER REFERENCES units(id) ON DELETE RESTRICT, -- unit left (transfer, transferOut, leave)
  to_unit_id    INTEGER REFERENCES units(id) ON DELETE RESTRICT, -- unit joined (register, admit, transferIn, transfer)
  external_unit TEXT,                        -- the other side of a transfer in / out of the office's area
  decision_no   TEXT,
  reason        TEXT,
  card_no       TEXT,
  note          TEXT,
  created_at    TEXT NOT NULL
);
CREATE INDEX member_events_member ON member_events(member_id, date, id);
-- Period statistics count only these kinds; registrations and cards stay out of the index.
CREATE INDEX member_events_period ON member_events(date, kind)
  WHERE kind IN ('admit', 'transferIn', 'transfer', 'transferOut', 'leave');

-- Derived from events: the periods during which a member belonged to a unit, [start_on, end_on).
-- A member transferred on D is in the old unit up to the day before D and in the new one from D.
-- The member's gender / minority / Party date are copied here (kept in step by the services) so
-- that "as of D" statistics read one covering index and never touch the members table.
CREATE TABLE member_spans (
  member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  unit_id    INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  start_on   TEXT NOT NULL,
  end_on     TEXT,
  female     INTEGER NOT NULL DEFAULT 0,
  minority   INTEGER NOT NULL DEFAULT 0,
  party_from TEXT,                          -- Party member since (party date, '0000' if unknown); NULL if not
  PRIMARY KEY (member_id, start_on)
) WITHOUT ROWID;
CREATE INDEX member_spans_stats ON member_spans(unit_id, start_on, end_on, female, minority, party_from);

-- Which members changed, for in-memory search indexes (electron/services/members/search.ts).
-- member_id NULL means "many members changed" (bulk import): reload everything.
CREATE TABLE member_changes (
  seq       INTEGER PRIMARY KEY,
  member_id INTEGER
);
CREATE TRIGGER members_changed_insert AFTER INSERT ON members BEGIN INSERT INTO member_changes (member_id) VALUES (NEW.id); END;
CREATE TRIGGER members_changed_update AFTER UPDATE ON members BEGIN INSERT INTO member_changes (member_id) VALUES (NEW.id); END;
CREATE TRIGGER members_changed_delete AFTER DELETE ON members BEGIN INSERT INTO member_changes (member_id) VALUES (OLD.id); END;
