-- The first schema: singers and their progress, the song catalogue, takes, range and timbre diagnoses.
-- Times are UTC text 'yyyy-MM-dd HH:mm:ss.ffffff', which sorts in time order; user names and e-mail
-- addresses are unique by their *_key column (trimmed, lower case, computed by the application). Text columns
-- carry the same length limits as MariaDB's VARCHARs, so a value too long fails the same way on both engines.

CREATE TABLE singers (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    user_name          TEXT    NOT NULL CHECK (length(user_name) <= 64),
    user_name_key      TEXT    NOT NULL CHECK (length(user_name_key) <= 64),
    email              TEXT    NOT NULL CHECK (length(email) <= 254),
    email_key          TEXT    NOT NULL CHECK (length(email_key) <= 254),
    display_name       TEXT    NOT NULL CHECK (length(display_name) <= 100),
    password_hash      TEXT    NOT NULL CHECK (length(password_hash) <= 512),
    preferred_language TEXT    NOT NULL CHECK (length(preferred_language) <= 16),
    created_at         TEXT    NOT NULL,
    level              INTEGER NOT NULL DEFAULT 1 CHECK (level >= 1),
    experience_points  INTEGER NOT NULL DEFAULT 0 CHECK (experience_points >= 0),
    CONSTRAINT ux_singers_user_name UNIQUE (user_name_key),
    CONSTRAINT ux_singers_email UNIQUE (email_key)
);

CREATE TABLE songs (
    id               TEXT    PRIMARY KEY CHECK (length(id) <= 64),
    title            TEXT    NOT NULL CHECK (length(title) <= 200),
    artist           TEXT    NOT NULL CHECK (length(artist) <= 200),
    language         TEXT    NULL CHECK (length(language) <= 32),
    style            TEXT    NULL CHECK (length(style) <= 16),
    difficulty       TEXT    NULL CHECK (length(difficulty) <= 16),
    duration_seconds REAL    NOT NULL CHECK (duration_seconds >= 0),
    source           TEXT    NOT NULL CHECK (source IN ('bundled', 'uploaded')),
    uploaded_by      INTEGER NULL REFERENCES singers (id) ON DELETE SET NULL,
    added_at         TEXT    NOT NULL
);

CREATE TABLE takes (
    id               TEXT    PRIMARY KEY CHECK (length(id) <= 64),
    singer_id        INTEGER NOT NULL REFERENCES singers (id) ON DELETE CASCADE,
    song_id          TEXT    NULL REFERENCES songs (id) ON DELETE SET NULL,
    difficulty       TEXT    NULL CHECK (length(difficulty) <= 16),
    started_at       TEXT    NOT NULL,
    ended_at         TEXT    NOT NULL,
    duration_seconds REAL    NOT NULL CHECK (duration_seconds >= 0),
    status           TEXT    NOT NULL CHECK (status IN ('complete', 'abandoned')),
    total_score      INTEGER NULL CHECK (total_score BETWEEN 0 AND 10000),
    pitch_accuracy   REAL    NULL CHECK (pitch_accuracy BETWEEN 0 AND 1),
    rhythm_accuracy  REAL    NULL CHECK (rhythm_accuracy BETWEEN 0 AND 1),
    lyrics_accuracy  REAL    NULL CHECK (lyrics_accuracy BETWEEN 0 AND 1),
    report_json      TEXT    NULL,
    audio_path       TEXT    NULL CHECK (length(audio_path) <= 1024),
    latency_ms       REAL    NULL
);

-- A singer's history, newest first.
CREATE INDEX ix_takes_singer_started ON takes (singer_id, started_at);
-- Weekly boards: one song's takes within a window.
CREATE INDEX ix_takes_song_ended ON takes (song_id, ended_at);

CREATE TABLE range_diagnoses (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    singer_id    INTEGER NOT NULL REFERENCES singers (id) ON DELETE CASCADE,
    take_id      TEXT    NULL REFERENCES takes (id) ON DELETE CASCADE,
    lowest_note  TEXT    NOT NULL CHECK (length(lowest_note) <= 8),
    lowest_hz    REAL    NOT NULL,
    highest_note TEXT    NOT NULL CHECK (length(highest_note) <= 8),
    highest_hz   REAL    NOT NULL,
    voice_type   TEXT    NULL CHECK (length(voice_type) <= 32),
    measured_at  TEXT    NOT NULL
);

CREATE INDEX ix_range_diagnoses_singer ON range_diagnoses (singer_id, measured_at);
CREATE INDEX ix_range_diagnoses_take ON range_diagnoses (take_id);

CREATE TABLE timbre_diagnoses (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    singer_id          INTEGER NOT NULL REFERENCES singers (id) ON DELETE CASCADE,
    take_id            TEXT    NULL REFERENCES takes (id) ON DELETE CASCADE,
    timbre_class       TEXT    NOT NULL CHECK (timbre_class IN ('ballad', 'dance', 'rock', 'trot')),
    probabilities_json TEXT    NOT NULL,
    measured_at        TEXT    NOT NULL
);

CREATE INDEX ix_timbre_diagnoses_singer ON timbre_diagnoses (singer_id, measured_at);
CREATE INDEX ix_timbre_diagnoses_take ON timbre_diagnoses (take_id);

CREATE TABLE experience_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    singer_id   INTEGER NOT NULL REFERENCES singers (id) ON DELETE CASCADE,
    amount      INTEGER NOT NULL,
    reason      TEXT    NOT NULL CHECK (length(reason) <= 200),
    occurred_at TEXT    NOT NULL
);

CREATE INDEX ix_experience_events_singer ON experience_events (singer_id, occurred_at);
