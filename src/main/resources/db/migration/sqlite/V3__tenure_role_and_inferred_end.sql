-- A chief of mission's role id (its rank and mission kind come from mission/roles.tsv) and whether
-- the end date is the record's or inferred from the next chief's credentials.
ALTER TABLE tenure ADD COLUMN role_id TEXT;
ALTER TABLE tenure ADD COLUMN end_inferred INTEGER NOT NULL DEFAULT 0;
