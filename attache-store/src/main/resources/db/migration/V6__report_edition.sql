-- Keys of the body paragraphs a report shares word for word with others of its outlet, author and
-- day (SameDayEditions): reports sharing one are one reprint family. Portable SQL. Reports stored
-- before this migration get theirs on re-analysis.
CREATE TABLE report_edition (
  report_id   TEXT NOT NULL REFERENCES report (id),
  edition_key TEXT NOT NULL,
  PRIMARY KEY (report_id, edition_key)
);
CREATE INDEX report_edition_key ON report_edition (edition_key);
