-- The report's own date: its publication date, else a full dateline date. Office holders are
-- first and last seen by it. Reports stored before this migration get it on re-analysis.
ALTER TABLE report ADD COLUMN report_date TEXT;
UPDATE report SET report_date = published;
