using MessagePack;
using SingKing.Grains.Sessions;

namespace SingKing.Host.Hubs;

/// <summary>A line of lyrics that has ended, with its rating.</summary>
[MessagePackObject]
public sealed class PhraseRatingResult
{
    /// <summary>The line's index in the song's first voice.</summary>
    [Key("index")]
    public int Index { get; set; }

    /// <summary>"perfect", "great", "good", "ok" or "miss".</summary>
    [Key("rating")]
    public string Rating { get; set; } = "";

    internal static PhraseRatingResult From(KaraokePhrase phrase) => new() { Index = phrase.Index, Rating = phrase.Rating };
}
