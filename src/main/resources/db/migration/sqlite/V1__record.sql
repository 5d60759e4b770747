-- The record: territories, persons, events between pairs, chiefs of mission, offices held.
CREATE TABLE territory (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    cow_code INTEGER,
    gw_code  INTEGER
);

CREATE TABLE territory_name (
    territory_id TEXT NOT NULL REFERENCES territory (id),
    ord          INTEGER NOT NULL,
    name         TEXT NOT NULL,
    lang         TEXT NOT NULL,
    date_from    TEXT,
    date_to      TEXT,
    PRIMARY KEY (territory_id, ord)
);

-- kind: alias | demonym | capital
CREATE TABLE territory_alias (
    territory_id TEXT NOT NULL REFERENCES territory (id),
    kind         TEXT NOT NULL,
    ord          INTEGER NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (territory_id, kind, ord)
);

CREATE TABLE person (
    id       TEXT PRIMARY KEY,
    surname  TEXT,
    forename TEXT,
    birth    TEXT,
    death    TEXT
);

-- party_a < party_b; date_text keeps the precision ("1933", "1933-11", "1933-11-16"),
-- date_start/date_end are the first and last day it may mean, for ordering and ranges.
CREATE TABLE event (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    party_a    TEXT NOT NULL REFERENCES territory (id),
    party_b    TEXT NOT NULL REFERENCES territory (id),
    date_text  TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end   TEXT NOT NULL,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL,
    dataset    TEXT NOT NULL,
    file       TEXT NOT NULL,
    record     TEXT NOT NULL,
    quote      TEXT NOT NULL,
    url        TEXT NOT NULL
);
CREATE INDEX event_pair ON event (party_a, party_b, date_start);
CREATE INDEX event_party_b ON event (party_b, date_start);
CREATE INDEX event_kind ON event (kind, date_start);

CREATE TABLE event_person (
    event_seq INTEGER NOT NULL REFERENCES event (seq),
    ord       INTEGER NOT NULL,
    person_id TEXT NOT NULL,
    PRIMARY KEY (event_seq, ord)
);
CREATE INDEX event_person_person ON event_person (person_id);

CREATE TABLE tenure (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL,
    post        TEXT NOT NULL REFERENCES territory (id),
    role_title  TEXT,
    appointed   TEXT,
    credentials TEXT,
    ended       TEXT,
    end_note    TEXT,
    note        TEXT,
    dataset     TEXT NOT NULL,
    file        TEXT NOT NULL,
    record      TEXT NOT NULL,
    quote       TEXT NOT NULL,
    url         TEXT NOT NULL
);
CREATE INDEX tenure_post ON tenure (post, credentials);
CREATE INDEX tenure_person ON tenure (person_id);

CREATE TABLE office_held (
    id             TEXT PRIMARY KEY,
    person_id      TEXT NOT NULL,
    position_id    TEXT NOT NULL,
    position_title TEXT,
    appointed      TEXT,
    started        TEXT,
    ended          TEXT
);

CREATE TABLE finding (
    seq      INTEGER PRIMARY KEY,
    source   TEXT NOT NULL,
    location TEXT NOT NULL,
    message  TEXT NOT NULL
);

CREATE TABLE import_run (
    seq         INTEGER PRIMARY KEY,
    finished_at TEXT NOT NULL,
    source      TEXT NOT NULL
);

-- Full-text search over events (porter stemming: "recognized" finds "recognize").
CREATE VIRTUAL TABLE event_fts USING fts5 (title, text, content = 'event', content_rowid = 'seq', tokenize = 'porter unicode61');
