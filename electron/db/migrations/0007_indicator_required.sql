-- Indicators the office needs from every unit: a received report without a figure for one of them
-- is listed as "Thiếu số liệu" (received, but to be completed).
ALTER TABLE report_indicators ADD COLUMN required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1));
