-- Beyond the U.S. side: further citations of an event (the second Wikipedia article of a pair)
-- and other states' envoys to the United States read from the people records' remarks.
CREATE TABLE event_citation (
    event_seq INTEGER NOT NULL REFERENCES event (seq),
    ord       INTEGER NOT NULL,
    dataset   TEXT NOT NULL,
    file      TEXT NOT NULL,
    record    TEXT NOT NULL,
    quote     TEXT NOT NULL,
    url       TEXT NOT NULL,
    credit    TEXT NOT NULL,
    PRIMARY KEY (event_seq, ord)
);

-- rank: ambassador | minister | charge; from/to keep the remark's precision; remark is quoted as written.
CREATE TABLE foreign_envoy (
    id        TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    name      TEXT NOT NULL,
    sender    TEXT NOT NULL REFERENCES territory (id),
    receiver  TEXT NOT NULL REFERENCES territory (id),
    rank      TEXT NOT NULL,
    date_from TEXT,
    date_to   TEXT,
    remark    TEXT NOT NULL,
    file      TEXT NOT NULL,
    url       TEXT NOT NULL
);
CREATE INDEX foreign_envoy_pair ON foreign_envoy (sender, receiver);
