-- Office identity and other key/value settings (JSON values).
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Editable list of sectors (khối) grassroots units belong to.
CREATE TABLE sectors (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL UNIQUE,
  sort_order INTEGER NOT NULL
);

INSERT INTO sectors (name, name_key, sort_order) VALUES
  ('Hành chính sự nghiệp', 'hanh chinh su nghiep', 1),
  ('Giáo dục', 'giao duc', 2),
  ('Doanh nghiệp nhà nước', 'doanh nghiep nha nuoc', 3),
  ('Doanh nghiệp ngoài nhà nước', 'doanh nghiep ngoai nha nuoc', 4),
  ('Doanh nghiệp có vốn đầu tư nước ngoài (FDI)', 'doanh nghiep co von dau tu nuoc ngoai (fdi)', 5),
  ('Xã, phường, thị trấn', 'xa, phuong, thi tran', 6),
  ('Nghiệp đoàn, khác', 'nghiep doan, khac', 7);

-- Grassroots unions (công đoàn cơ sở). Dissolved units stay for history.
CREATE TABLE units (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL,
  code_key     TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  name_key     TEXT NOT NULL,
  short_name   TEXT,
  sector_id    INTEGER REFERENCES sectors(id) ON DELETE RESTRICT,
  address      TEXT,
  chair_name   TEXT,
  phone        TEXT,
  email        TEXT,
  founded_on   TEXT,
  dissolved_on TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX units_sector ON units(sector_id);

-- Who changed what and when; lets the clerk see a record's history.
CREATE TABLE change_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action    TEXT NOT NULL,
  before    TEXT,
  after     TEXT
);
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
