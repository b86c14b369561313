namespace SingKing.Host.Boards;

/// <summary>Whether a saved take may enter the boards, and if not, why.</summary>
public enum BoardVerdict
{
    /// <summary>A complete, scored take of a song, long enough, with audio, whose stored report gives its stored score.</summary>
    Enters,

    /// <summary>Free singing or a removed song: there is no board for it.</summary>
    NoSong,

    /// <summary>Abandoned, or never scored.</summary>
    NotFinished,

    /// <summary>No recording was kept, so the score cannot be checked against the singing.</summary>
    NoAudio,

    /// <summary>The recording is shorter than the song's sung part (first note to last), so the song was not sung through.</summary>
    ShorterThanSungPart,

    /// <summary>The stored report does not give the stored score: the row was altered or the report is missing.</summary>
    ScoreNotReproduced,
}
