-- Communes and wards (xã, phường, đặc khu) where grassroots units sit: since 1/7/2025 a commune
-- union is directly above grassroots units and may also manage the units of neighbouring
-- communes, so the office keeps each unit's commune/ward and counts its figures per one.
CREATE TABLE areas (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  -- foldVi(name): "Phường Vĩnh Thông" and "phuong vinh thong" are the same commune/ward.
  name_key TEXT NOT NULL UNIQUE
);

-- Nullable: units recorded before this version have no commune/ward until the clerk sets one.
ALTER TABLE units ADD COLUMN area_id INTEGER REFERENCES areas(id) ON DELETE RESTRICT;
CREATE INDEX units_area ON units(area_id);
