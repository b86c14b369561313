-- The first schema: singers and their progress, the song catalogue, takes, range and timbre diagnoses.
-- Times are UTC DATETIME(6). MariaDB commits each CREATE on its own, so every statement is written to be
-- re-run after a half-applied attempt (IF NOT EXISTS). Keys compare byte for byte (utf8mb4_bin): user names
-- and e-mail addresses are unique by their *_key column (trimmed, lower case, computed by the application),
-- exactly as on SQLite.

CREATE TABLE IF NOT EXISTS singers (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_name          VARCHAR(64)  NOT NULL,
    user_name_key      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    email              VARCHAR(254) NOT NULL,
    email_key          VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    display_name       VARCHAR(100) NOT NULL,
    password_hash      VARCHAR(512) NOT NULL,
    preferred_language VARCHAR(16)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    level              INT          NOT NULL DEFAULT 1 CHECK (level >= 1),
    experience_points  BIGINT       NOT NULL DEFAULT 0 CHECK (experience_points >= 0),
    CONSTRAINT ux_singers_user_name UNIQUE (user_name_key),
    CONSTRAINT ux_singers_email UNIQUE (email_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS songs (
    id               VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    title            VARCHAR(200) NOT NULL,
    artist           VARCHAR(200) NOT NULL,
    language         VARCHAR(32)  NULL,
    style            VARCHAR(16)  NULL,
    difficulty       VARCHAR(16)  NULL,
    duration_seconds DOUBLE       NOT NULL CHECK (duration_seconds >= 0),
    source           VARCHAR(16)  NOT NULL CHECK (source IN ('bundled', 'uploaded')),
    uploaded_by      BIGINT       NULL,
    added_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_songs_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES singers (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS takes (
    id               VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    singer_id        BIGINT       NOT NULL,
    song_id          VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    difficulty       VARCHAR(16)  NULL,
    started_at       DATETIME(6)  NOT NULL,
    ended_at         DATETIME(6)  NOT NULL,
    duration_seconds DOUBLE       NOT NULL CHECK (duration_seconds >= 0),
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('complete', 'abandoned')),
    total_score      INT          NULL CHECK (total_score BETWEEN 0 AND 10000),
    pitch_accuracy   DOUBLE       NULL CHECK (pitch_accuracy BETWEEN 0 AND 1),
    rhythm_accuracy  DOUBLE       NULL CHECK (rhythm_accuracy BETWEEN 0 AND 1),
    lyrics_accuracy  DOUBLE       NULL CHECK (lyrics_accuracy BETWEEN 0 AND 1),
    report_json      LONGTEXT     NULL,
    audio_path       VARCHAR(1024) NULL,
    latency_ms       DOUBLE       NULL,
    -- A singer's history, newest first.
    INDEX ix_takes_singer_started (singer_id, started_at),
    -- Weekly boards: one song's takes within a window.
    INDEX ix_takes_song_ended (song_id, ended_at),
    CONSTRAINT fk_takes_singer FOREIGN KEY (singer_id) REFERENCES singers (id) ON DELETE CASCADE,
    CONSTRAINT fk_takes_song FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS range_diagnoses (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    singer_id    BIGINT      NOT NULL,
    take_id      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    lowest_note  VARCHAR(8)  NOT NULL,
    lowest_hz    DOUBLE      NOT NULL,
    highest_note VARCHAR(8)  NOT NULL,
    highest_hz   DOUBLE      NOT NULL,
    voice_type   VARCHAR(32) NULL,
    measured_at  DATETIME(6) NOT NULL,
    INDEX ix_range_diagnoses_singer (singer_id, measured_at),
    CONSTRAINT fk_range_diagnoses_singer FOREIGN KEY (singer_id) REFERENCES singers (id) ON DELETE CASCADE,
    CONSTRAINT fk_range_diagnoses_take FOREIGN KEY (take_id) REFERENCES takes (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS timbre_diagnoses (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    singer_id          BIGINT      NOT NULL,
    take_id            VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    timbre_class       VARCHAR(16) NOT NULL CHECK (timbre_class IN ('ballad', 'dance', 'rock', 'trot')),
    probabilities_json TEXT        NOT NULL,
    measured_at        DATETIME(6) NOT NULL,
    INDEX ix_timbre_diagnoses_singer (singer_id, measured_at),
    CONSTRAINT fk_timbre_diagnoses_singer FOREIGN KEY (singer_id) REFERENCES singers (id) ON DELETE CASCADE,
    CONSTRAINT fk_timbre_diagnoses_take FOREIGN KEY (take_id) REFERENCES takes (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS experience_events (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    singer_id   BIGINT       NOT NULL,
    amount      INT          NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    INDEX ix_experience_events_singer (singer_id, occurred_at),
    CONSTRAINT fk_experience_events_singer FOREIGN KEY (singer_id) REFERENCES singers (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
