-- Full-text search over reports: a generated tsvector with a GIN index.
ALTER TABLE report ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX report_search ON report USING GIN (search);
