-- Full-text search over reports (FTS5), kept in step with the report table by triggers.
CREATE VIRTUAL TABLE report_fts USING fts5(
  title, text, content='report', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO report_fts (rowid, title, text) SELECT rowid, coalesce(title, ''), text FROM report;
CREATE TRIGGER report_fts_insert AFTER INSERT ON report BEGIN
  INSERT INTO report_fts (rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER report_fts_delete AFTER DELETE ON report BEGIN
  INSERT INTO report_fts (report_fts, rowid, title, text)
    VALUES ('delete', old.rowid, coalesce(old.title, ''), old.text);
END;
