-- Official documents (kế hoạch, hướng dẫn, báo cáo, thông báo, công văn). The document itself is
-- JSON (shared/documents/model.ts); the columns are what lists, filters and the register need.
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('KH', 'HD', 'BC', 'TB', 'CV')),
  -- The year the document is about (filters, "next year's plan").
  year        INTEGER NOT NULL,
  state       TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'issued')),
  number      INTEGER,
  issued_on   TEXT,
  title       TEXT NOT NULL,
  -- foldVi(title + code): search without diacritics.
  search_key  TEXT NOT NULL,
  body        TEXT NOT NULL,
  source_id   INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK ((state = 'issued') = (number IS NOT NULL AND issued_on IS NOT NULL))
);
CREATE INDEX documents_year_kind ON documents(year, kind);

-- Snapshots for the version history: autosaves (the latest few dozen) and every create, manual
-- save, issue and restore.
CREATE TABLE document_versions (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  at          TEXT NOT NULL,
  reason      TEXT NOT NULL CHECK (reason IN ('create', 'autosave', 'manual', 'issue', 'restore')),
  title       TEXT NOT NULL,
  body        TEXT NOT NULL
);
CREATE INDEX document_versions_document ON document_versions(document_id, id);

-- Sổ văn bản đi: one number per year (of issue) and type, never twice.
CREATE TABLE document_register (
  id          INTEGER PRIMARY KEY,
  year        INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  number      INTEGER NOT NULL,
  document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE RESTRICT,
  issued_on   TEXT NOT NULL,
  UNIQUE (year, kind, number)
);

-- Templates the clerk saved from a document (the built-in ones ship with the app, read-only).
CREATE TABLE document_templates (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL CHECK (kind IN ('KH', 'HD', 'BC', 'TB', 'CV')),
  base_year   INTEGER NOT NULL,
  body        TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
