-- The page, feed item or dump line a report's text was made from (HTML, JSON, ...), kept as it
-- came: offsets refer to the report's text, and the original stays for anyone who needs the markup.
CREATE TABLE report_original (
  report_id TEXT PRIMARY KEY REFERENCES report (id),
  format    TEXT NOT NULL,
  original  TEXT NOT NULL
);
