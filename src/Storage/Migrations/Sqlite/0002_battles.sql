-- The weekly battle: the three songs an admin picks for a week, and each song's winner fixed when the week ends.
-- A week is named by its Monday as 'yyyy-MM-dd' in the boards' time zone, which sorts in time order. Songs live in
-- files (the catalogue row appears with the song's first saved take), so song ids are not foreign keys here; the
-- API checks them against the library when a week is chosen.

CREATE TABLE battle_songs (
    week_start TEXT    NOT NULL CHECK (length(week_start) = 10),
    slot       INTEGER NOT NULL CHECK (slot BETWEEN 1 AND 3),
    song_id    TEXT    NOT NULL CHECK (length(song_id) <= 64),
    chosen_by  INTEGER NULL REFERENCES singers (id) ON DELETE SET NULL,
    chosen_at  TEXT    NOT NULL,
    PRIMARY KEY (week_start, slot),
    CONSTRAINT ux_battle_songs_song UNIQUE (week_start, song_id)
);

-- One row per battle song once its week has ended; no winner (NULL score) when nobody entered. Written once.
CREATE TABLE battle_results (
    week_start          TEXT    NOT NULL,
    song_id             TEXT    NOT NULL,
    winner_singer_id    INTEGER NULL REFERENCES singers (id) ON DELETE SET NULL,
    winner_display_name TEXT    NULL CHECK (length(winner_display_name) <= 100),
    score               INTEGER NULL CHECK (score BETWEEN 0 AND 10000),
    take_ended_at       TEXT    NULL,
    fixed_at            TEXT    NOT NULL,
    PRIMARY KEY (week_start, song_id),
    CONSTRAINT fk_battle_results_song FOREIGN KEY (week_start, song_id) REFERENCES battle_songs (week_start, song_id) ON DELETE CASCADE
);
