-- Incoming documents register (sổ văn bản đến): what the office receives from above (plans,
-- guidance, letters…), with its own arrival number per year and, when the clerk has it, the file.
-- The list of document kinds lives in shared/incoming/kinds.ts only (no CHECK here, so a new kind
-- needs no table rebuild).
CREATE TABLE incoming_documents (
  id          INTEGER PRIMARY KEY,
  -- Ngày đến and số đến: the arrival number restarts every year (the year of received_on).
  received_on TEXT NOT NULL,
  arrival_no  INTEGER NOT NULL CHECK (arrival_no >= 1),
  -- As printed on the document: '29/KH-LĐLĐ', and its date.
  doc_number  TEXT NOT NULL,
  doc_date    TEXT NOT NULL,
  doc_kind    TEXT NOT NULL,
  -- The full name of the issuing body, as it reads in a sentence.
  issuer      TEXT NOT NULL,
  -- Trích yếu, without a leading 'về việc'/'V/v' (added where a sentence needs it).
  subject     TEXT NOT NULL,
  deadline    TEXT,
  handler     TEXT,
  notes       TEXT,
  -- 1: handled (đã xử lý); leaves the dashboard's deadline list.
  done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  -- The kept copy: <data>/archive/incoming/<file_sha256>.<extension of file_name>.
  file_sha256 TEXT CHECK (file_sha256 IS NULL OR length(file_sha256) = 64),
  file_name   TEXT,
  file_size   INTEGER,
  search_key  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK ((file_sha256 IS NULL) = (file_name IS NULL))
);
CREATE UNIQUE INDEX incoming_arrival_no ON incoming_documents(substr(received_on, 1, 4), arrival_no);
CREATE INDEX incoming_received ON incoming_documents(received_on, arrival_no);
CREATE INDEX incoming_open_deadlines ON incoming_documents(deadline) WHERE done = 0 AND deadline IS NOT NULL;
