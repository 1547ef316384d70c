-- What resolution across reports needs, kept so that adding a report re-resolves only what it
-- touches. Portable SQL: the same migration runs on SQLite and PostgreSQL.

-- Events as one report states them. Occurrences are merged within a block (one type, one set of
-- states), so a new report re-merges only the blocks of its own events.
CREATE TABLE report_event (
  report_id TEXT    NOT NULL REFERENCES report (id),
  seq       INTEGER NOT NULL,
  block_key TEXT    NOT NULL,
  event     TEXT    NOT NULL,
  PRIMARY KEY (report_id, seq)
);
CREATE INDEX report_event_block ON report_event (block_key);

-- Each report's MinHash signature over its body shingles, to find reprints without the texts.
CREATE TABLE report_signature (
  report_id TEXT PRIMARY KEY REFERENCES report (id),
  minhash   TEXT NOT NULL
);

-- Blocks whose occurrences must be merged again: written in the transaction that saves a report,
-- cleared in the transaction that re-merges them, so a killed run leaves them to the next one.
CREATE TABLE dirty_block (
  block_key TEXT PRIMARY KEY
);

-- The machine's resolution: one row per real person, per occurrence. Analysts' corrections are
-- kept apart (table correction) and applied when the resolution is read.
CREATE TABLE person (
  id      TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  country TEXT,
  titles  TEXT NOT NULL,
  aliases TEXT NOT NULL
);

CREATE TABLE person_report (
  person_id TEXT NOT NULL,
  report_id TEXT NOT NULL,
  PRIMARY KEY (person_id, report_id)
);
CREATE INDEX person_report_report ON person_report (report_id);

CREATE TABLE reprint (
  report_id TEXT PRIMARY KEY,
  family_id TEXT NOT NULL
);

CREATE TABLE occurrence (
  id                  TEXT    PRIMARY KEY,
  block_key           TEXT    NOT NULL,
  type                TEXT    NOT NULL,
  date                TEXT,
  countries           TEXT    NOT NULL,
  location_name       TEXT,
  location_country    TEXT,
  independent_sources INTEGER NOT NULL,
  record              TEXT    NOT NULL
);
CREATE INDEX occurrence_block ON occurrence (block_key);

CREATE TABLE occurrence_report (
  occurrence_id TEXT    NOT NULL,
  report_id     TEXT    NOT NULL,
  seq           INTEGER NOT NULL,
  PRIMARY KEY (occurrence_id, report_id, seq)
);
CREATE INDEX occurrence_report_report ON occurrence_report (report_id);

CREATE TABLE occurrence_participant (
  occurrence_id TEXT    NOT NULL,
  position      INTEGER NOT NULL,
  person_id     TEXT,
  name          TEXT    NOT NULL,
  PRIMARY KEY (occurrence_id, position)
);
CREATE INDEX occurrence_participant_person ON occurrence_participant (person_id);

-- Who held which office of which state, as reported, with the first and last date seen.
CREATE TABLE office_holder (
  office     TEXT NOT NULL,
  state      TEXT NOT NULL,
  person_id  TEXT NOT NULL,
  name       TEXT NOT NULL,
  first_seen TEXT,
  last_seen  TEXT,
  sources    TEXT NOT NULL,
  PRIMARY KEY (office, state, person_id)
);

-- Analysts' corrections, never overwritten by the machine: what, on what, by whom, when, why.
CREATE TABLE correction (
  id        TEXT PRIMARY KEY,
  kind      TEXT NOT NULL,
  target    TEXT NOT NULL,
  payload   TEXT NOT NULL,
  author    TEXT NOT NULL,
  reason    TEXT NOT NULL,
  made_at   TEXT NOT NULL
);
