-- One row per report, known by its content hash: analysing the same text again replaces its row.
-- Portable SQL: the same migration runs on SQLite and PostgreSQL.
CREATE TABLE report (
  id               TEXT PRIMARY KEY,
  sha256           TEXT NOT NULL UNIQUE,
  path             TEXT NOT NULL,
  text             TEXT NOT NULL,
  title            TEXT,
  outlet           TEXT,
  author           TEXT,
  published        TEXT,
  dateline         TEXT,
  url              TEXT,
  pipeline_version TEXT NOT NULL,
  analyzed_at      TEXT NOT NULL,
  reading          TEXT NOT NULL
);

-- Persons as one report reads them; persons across reports are resolved from these rows.
CREATE TABLE report_person (
  report_id TEXT    NOT NULL REFERENCES report (id),
  seq       INTEGER NOT NULL,
  name      TEXT    NOT NULL,
  country   TEXT,
  titles    TEXT    NOT NULL,
  mentions  TEXT    NOT NULL,
  PRIMARY KEY (report_id, seq)
);
CREATE INDEX report_person_name ON report_person (name);

-- Files that could not be read, with the reason; cleared when the file is read successfully.
CREATE TABLE ingest_problem (
  path    TEXT NOT NULL,
  stage   TEXT NOT NULL,
  message TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (path, stage)
);
