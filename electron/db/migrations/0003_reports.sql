-- Reporting rounds (đợt báo cáo): templates go out to grassroots units, filled reports come back.

CREATE TABLE report_rounds (
  id          INTEGER PRIMARY KEY,
  -- Embedded in every template so a returned file is recognised even if renamed.
  uuid        TEXT NOT NULL UNIQUE,
  -- Short ASCII code used in template file names (TCN2024).
  code        TEXT NOT NULL,
  code_key    TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  period_from TEXT,
  period_to   TEXT,
  deadline    TEXT NOT NULL,
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- Units that must report in a round (all active units by default, editable).
CREATE TABLE report_round_units (
  round_id INTEGER NOT NULL REFERENCES report_rounds(id) ON DELETE CASCADE,
  unit_id  INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  PRIMARY KEY (round_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX report_round_units_unit ON report_round_units(unit_id);

-- The indicator set of a round: one row of the template each.
CREATE TABLE report_indicators (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL REFERENCES report_rounds(id) ON DELETE CASCADE,
  sort_order  INTEGER NOT NULL,
  code        TEXT NOT NULL,
  code_key    TEXT NOT NULL,
  group_name  TEXT,
  label       TEXT NOT NULL,
  unit_label  TEXT,
  kind        TEXT NOT NULL CHECK (kind IN ('count', 'money', 'percent', 'text')),
  target      NUMERIC,
  UNIQUE (round_id, code_key)
);

-- Every report received (file or typed by hand). Replaced ones stay as history; the current one
-- per round and unit has is_current = 1.
CREATE TABLE report_submissions (
  id             INTEGER PRIMARY KEY,
  round_id       INTEGER NOT NULL REFERENCES report_rounds(id) ON DELETE RESTRICT,
  unit_id        INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  source         TEXT NOT NULL CHECK (source IN ('file', 'manual')),
  file_name      TEXT,
  -- SHA-256 of the file; the copy lives in <data>/archive/reports/<sha256>.xlsx.
  sha256         TEXT,
  saved_at       TEXT,
  received_on    TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  batch_id       TEXT,
  reporter_name  TEXT,
  reporter_phone TEXT,
  highlights     TEXT,
  difficulties   TEXT,
  proposals      TEXT,
  note           TEXT,
  is_current     INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),
  superseded_by  INTEGER REFERENCES report_submissions(id),
  superseded_at  TEXT
);
CREATE UNIQUE INDEX report_submissions_current ON report_submissions(round_id, unit_id) WHERE is_current = 1;
CREATE INDEX report_submissions_unit ON report_submissions(round_id, unit_id);
CREATE INDEX report_submissions_sha ON report_submissions(round_id, sha256);

-- The figures of one submission. Indicators with figures cannot be deleted from the round.
CREATE TABLE report_values (
  submission_id INTEGER NOT NULL REFERENCES report_submissions(id) ON DELETE CASCADE,
  indicator_id  INTEGER NOT NULL REFERENCES report_indicators(id) ON DELETE RESTRICT,
  num_value     NUMERIC,
  text_value    TEXT,
  PRIMARY KEY (submission_id, indicator_id)
) WITHOUT ROWID;
CREATE INDEX report_values_indicator ON report_values(indicator_id);
