using MessagePack;
using SingKing.Grains.Sessions;

namespace SingKing.Host.Hubs;

/// <summary>How a take sung to a song scored: the <c>karaoke</c> of <see cref="SessionSummary"/>.</summary>
[MessagePackObject]
public sealed class KaraokeResult
{
    /// <summary>The song sung.</summary>
    [Key("songId")]
    public string SongId { get; set; } = "";

    /// <summary>"easy", "medium" or "hard".</summary>
    [Key("difficulty")]
    public string Difficulty { get; set; } = "";

    /// <summary>Total in UltraStar's convention, 0–10 000, to 0.1 point.</summary>
    [Key("score")]
    public double Score { get; set; }

    /// <summary>Scored notes sung for at least 60 % of their length.</summary>
    [Key("notesHit")]
    public int NotesHit { get; set; }

    /// <summary>Notes that count towards the score (all but freestyle ones).</summary>
    [Key("notesScored")]
    public int NotesScored { get; set; }

    /// <summary>Every rated line, in the order the lines ended.</summary>
    [Key("phrases")]
    public PhraseRatingResult[] Phrases { get; set; } = [];

    /// <summary>The hub's form of the session's <paramref name="karaoke"/>; null stays null.</summary>
    internal static KaraokeResult? From(KaraokeSummary? karaoke) => karaoke is null ? null : new KaraokeResult
    {
        SongId = karaoke.SongId,
        Difficulty = karaoke.Difficulty,
        Score = karaoke.Score,
        NotesHit = karaoke.NotesHit,
        NotesScored = karaoke.NotesScored,
        Phrases = [.. karaoke.Phrases.Select(PhraseRatingResult.From)],
    };
}
