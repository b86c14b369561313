-- The weekly battle: the three songs an admin picks for a week, and each song's winner fixed when the week ends.
-- A week is named by its Monday as 'yyyy-MM-dd' in the boards' time zone, which sorts in time order. Songs live in
-- files (the catalogue row appears with the song's first saved take), so song ids are not foreign keys here; the
-- API checks them against the library when a week is chosen. Written to be re-run (IF NOT EXISTS).

CREATE TABLE IF NOT EXISTS battle_songs (
    week_start CHAR(10)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    slot       INT         NOT NULL CHECK (slot BETWEEN 1 AND 3),
    song_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    chosen_by  BIGINT      NULL,
    chosen_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (week_start, slot),
    CONSTRAINT ux_battle_songs_song UNIQUE (week_start, song_id),
    CONSTRAINT fk_battle_songs_chosen_by FOREIGN KEY (chosen_by) REFERENCES singers (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per battle song once its week has ended; no winner (NULL score) when nobody entered. Written once.
CREATE TABLE IF NOT EXISTS battle_results (
    week_start          CHAR(10)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    song_id             VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    winner_singer_id    BIGINT       NULL,
    winner_display_name VARCHAR(100) NULL,
    score               INT          NULL CHECK (score BETWEEN 0 AND 10000),
    take_ended_at       DATETIME(6)  NULL,
    fixed_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (week_start, song_id),
    CONSTRAINT fk_battle_results_winner FOREIGN KEY (winner_singer_id) REFERENCES singers (id) ON DELETE SET NULL,
    CONSTRAINT fk_battle_results_song FOREIGN KEY (week_start, song_id) REFERENCES battle_songs (week_start, song_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
