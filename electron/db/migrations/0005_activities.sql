-- Activity log (sổ hoạt động) of the office and of its grassroots units, and the settings of the
-- results report of a reporting round. Rules in electron/services/results/compute.ts.

-- Editable list of activity types. Each type says which indicators (by code, matched within the
-- round's indicator set) its figures feed: see activity_type_indicators.
CREATE TABLE activity_types (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL,
  name_key          TEXT NOT NULL UNIQUE,
  sort_order        INTEGER NOT NULL,
  -- 1: the form offers the member picker (visits, gifts, houses…).
  has_beneficiaries INTEGER NOT NULL DEFAULT 0 CHECK (has_beneficiaries IN (0, 1))
);

-- Measure of an activity → indicator code. A measure may feed several indicators (every activity
-- counts toward 1.1 and, for a dialogue, toward 4.1 as well).
CREATE TABLE activity_type_indicators (
  type_id  INTEGER NOT NULL REFERENCES activity_types(id) ON DELETE CASCADE,
  measure  TEXT NOT NULL CHECK (measure IN ('activities', 'participants', 'beneficiaries', 'accident', 'occupational',
             'illness', 'hardship', 'money_total', 'money_union', 'money_employer', 'money_social', 'money_government')),
  code     TEXT NOT NULL,
  code_key TEXT NOT NULL,
  PRIMARY KEY (type_id, measure, code_key)
) WITHOUT ROWID;

CREATE TABLE activities (
  id                  INTEGER PRIMARY KEY,
  type_id             INTEGER NOT NULL REFERENCES activity_types(id) ON DELETE RESTRICT,
  date                TEXT NOT NULL,
  end_date            TEXT,
  -- The organising grassroots unit; NULL = the office itself.
  unit_id             INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  title               TEXT NOT NULL,
  search_key          TEXT NOT NULL,
  place               TEXT,
  participants        INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
  -- People supported who are not in the member register (workers who are not members…).
  other_beneficiaries INTEGER NOT NULL DEFAULT 0 CHECK (other_beneficiaries >= 0),
  -- Money in whole đồng, by funding source.
  money_union         INTEGER NOT NULL DEFAULT 0 CHECK (money_union >= 0),
  money_employer      INTEGER NOT NULL DEFAULT 0 CHECK (money_employer >= 0),
  money_social        INTEGER NOT NULL DEFAULT 0 CHECK (money_social >= 0),
  money_government    INTEGER NOT NULL DEFAULT 0 CHECK (money_government >= 0),
  notes               TEXT,
  -- Cached from activity_beneficiaries (rewritten with them): members picked, and by situation.
  member_count        INTEGER NOT NULL DEFAULT 0,
  n_accident          INTEGER NOT NULL DEFAULT 0,
  n_occupational      INTEGER NOT NULL DEFAULT 0,
  n_illness           INTEGER NOT NULL DEFAULT 0,
  n_hardship          INTEGER NOT NULL DEFAULT 0,
  -- The reporting round the activity counts toward; NULL = none.
  round_id            INTEGER REFERENCES report_rounds(id) ON DELETE SET NULL,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);
CREATE INDEX activities_date ON activities(date, id);
CREATE INDEX activities_round ON activities(round_id, unit_id);
CREATE INDEX activities_unit ON activities(unit_id, date);

-- Members visited / given a gift / helped by an activity. The name is kept with the row so the
-- record stays readable if a member created by mistake is deleted (member_id becomes NULL).
CREATE TABLE activity_beneficiaries (
  id          INTEGER PRIMARY KEY,
  activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  member_id   INTEGER REFERENCES members(id) ON DELETE SET NULL,
  member_name TEXT NOT NULL,
  unit_name   TEXT,
  situation   TEXT CHECK (situation IN ('accident', 'occupational', 'illness', 'hardship')),
  note        TEXT
);
CREATE INDEX activity_beneficiaries_activity ON activity_beneficiaries(activity_id);
CREATE INDEX activity_beneficiaries_member ON activity_beneficiaries(member_id);
CREATE UNIQUE INDEX activity_beneficiaries_once ON activity_beneficiaries(activity_id, member_id) WHERE member_id IS NOT NULL;

-- Which sectors (khối) count as enterprise / public sector for the "share of units with at least one
-- activity" targets. A sector without a row gets a default from its name (results/sector-kinds.ts).
CREATE TABLE result_sector_kinds (
  sector_id INTEGER PRIMARY KEY REFERENCES sectors(id) ON DELETE CASCADE,
  kind      TEXT NOT NULL CHECK (kind IN ('enterprise', 'public', 'other'))
);

-- Per-round settings of the results view; a round without a row uses the defaults.
CREATE TABLE result_round_settings (
  round_id              INTEGER PRIMARY KEY REFERENCES report_rounds(id) ON DELETE CASCADE,
  enterprise_target     REAL,
  public_target         REAL,
  -- Indicator whose figure > 0 means "the unit held at least one activity" (default 1.1).
  activity_code         TEXT,
  -- 1: activities logged for a unit that has not reported are added to the totals.
  count_unit_activities INTEGER NOT NULL DEFAULT 1 CHECK (count_unit_activities IN (0, 1)),
  -- 'auto' (same round of the previous year, found by code or name), 'none', or 'round'.
  compare_mode          TEXT NOT NULL DEFAULT 'auto' CHECK (compare_mode IN ('auto', 'none', 'round')),
  compare_round_id      INTEGER REFERENCES report_rounds(id) ON DELETE SET NULL
);

-- Default activity types, mapped to the codes of the default Workers' Month catalogue
-- (resources/indicators/thang-cong-nhan.json).
INSERT INTO activity_types (id, name, name_key, sort_order, has_beneficiaries) VALUES
  (1, 'Thăm hỏi, tặng quà', 'tham hoi, tang qua', 1, 1),
  (2, 'Lễ phát động, mít tinh', 'le phat dong, mit tinh', 2, 0),
  (3, 'Đối thoại', 'doi thoai', 3, 0),
  (4, 'Văn hóa, văn nghệ, thể dục thể thao', 'van hoa, van nghe, the duc the thao', 4, 0),
  (5, 'Khám sức khỏe, tầm soát bệnh', 'kham suc khoe, tam soat benh', 5, 0),
  (6, 'Tuyên truyền', 'tuyen truyen', 6, 0),
  (7, 'An toàn, vệ sinh lao động (tuyên truyền, tập huấn)', 'an toan, ve sinh lao dong (tuyen truyen, tap huan)', 7, 0),
  (8, 'Kiểm tra, giám sát ATVSLĐ', 'kiem tra, giam sat atvsld', 8, 0),
  (9, 'Phát triển đoàn viên', 'phat trien doan vien', 9, 1),
  (10, 'Mái ấm Công đoàn (xây mới)', 'mai am cong doan (xay moi)', 10, 1),
  (11, 'Mái ấm Công đoàn (sửa chữa)', 'mai am cong doan (sua chua)', 11, 1),
  (12, 'Tư vấn pháp luật', 'tu van phap luat', 12, 0),
  (13, 'Bữa cơm Công đoàn', 'bua com cong doan', 13, 0),
  (14, 'Hoạt động khác', 'hoat dong khac', 14, 0);

INSERT INTO activity_type_indicators (type_id, measure, code, code_key) VALUES
  (1, 'activities', '1.1', '1.1'),
  (1, 'beneficiaries', '2.1', '2.1'),
  (1, 'beneficiaries', '2.2', '2.2'),
  (1, 'accident', '2.1.1', '2.1.1'),
  (1, 'occupational', '2.1.2', '2.1.2'),
  (1, 'illness', '2.1.3', '2.1.3'),
  (1, 'hardship', '2.1.4', '2.1.4'),
  (1, 'money_total', '2.3', '2.3'),
  (1, 'money_union', '2.3.1', '2.3.1'),
  (1, 'money_employer', '2.3.2', '2.3.2'),
  (1, 'money_social', '2.3.3', '2.3.3'),
  (2, 'activities', '1.1', '1.1'),
  (2, 'participants', '1.2', '1.2'),
  (3, 'activities', '1.1', '1.1'),
  (3, 'activities', '4.1', '4.1'),
  (3, 'participants', '1.2', '1.2'),
  (4, 'activities', '1.1', '1.1'),
  (4, 'activities', '7.1', '7.1'),
  (4, 'participants', '1.2', '1.2'),
  (4, 'participants', '7.2', '7.2'),
  (5, 'activities', '1.1', '1.1'),
  (5, 'participants', '1.2', '1.2'),
  (5, 'participants', '6.4', '6.4'),
  (5, 'money_total', '6.5', '6.5'),
  (6, 'activities', '1.1', '1.1'),
  (6, 'participants', '1.2', '1.2'),
  (7, 'activities', '1.1', '1.1'),
  (7, 'activities', '6.1', '6.1'),
  (7, 'participants', '1.2', '1.2'),
  (7, 'participants', '6.2', '6.2'),
  (8, 'activities', '1.1', '1.1'),
  (8, 'activities', '6.3', '6.3'),
  (9, 'activities', '1.1', '1.1'),
  (9, 'beneficiaries', '5.1', '5.1'),
  (10, 'activities', '1.1', '1.1'),
  (10, 'activities', '3.1', '3.1'),
  (10, 'money_total', '3.3', '3.3'),
  (11, 'activities', '1.1', '1.1'),
  (11, 'activities', '3.2', '3.2'),
  (11, 'money_total', '3.3', '3.3'),
  (12, 'activities', '1.1', '1.1'),
  (12, 'participants', '7.3', '7.3'),
  (13, 'activities', '1.1', '1.1'),
  (13, 'participants', '7.4', '7.4'),
  (13, 'money_total', '7.5', '7.5'),
  (14, 'activities', '1.1', '1.1'),
  (14, 'participants', '1.2', '1.2');
