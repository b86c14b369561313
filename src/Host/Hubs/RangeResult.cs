using MessagePack;
using SingKing.Grains.Takes;

namespace SingKing.Host.Hubs;

/// <summary>
/// The range sung in a take: result of <c>getRange</c>, and the <c>range</c> of <see cref="SessionSummary"/>.
/// Only notes held steadily count, so a passing squeak never widens the range.
/// </summary>
[MessagePackObject]
public sealed class RangeResult
{
    /// <summary>Name of the lowest stable note, e.g. "A2".</summary>
    [Key("lowest")]
    public string Lowest { get; set; } = "";

    /// <summary>Name of the highest stable note.</summary>
    [Key("highest")]
    public string Highest { get; set; } = "";

    /// <summary>Median fundamental of the lowest stable note, in Hz, rounded to 0.1 Hz.</summary>
    [Key("lowestHz")]
    public double LowestHz { get; set; }

    /// <summary>Median fundamental of the highest stable note, in Hz, rounded to 0.1 Hz.</summary>
    [Key("highestHz")]
    public double HighestHz { get; set; }

    /// <summary>Semitones from the lowest to the highest stable note.</summary>
    [Key("semitones")]
    public int Semitones { get; set; }

    /// <summary>The same span in octaves.</summary>
    [Key("octaves")]
    public double Octaves { get; set; }

    /// <summary>"bass", "baritone", "tenor", "alto", "mezzo-soprano" or "soprano".</summary>
    [Key("voiceType")]
    public string VoiceType { get; set; } = "";

    /// <summary>Name of the lower end of the comfortable middle of the range.</summary>
    [Key("tessituraLow")]
    public string TessituraLow { get; set; } = "";

    /// <summary>Name of the upper end of the comfortable middle of the range.</summary>
    [Key("tessituraHigh")]
    public string TessituraHigh { get; set; } = "";

    /// <summary>Every note held steadily, in time order.</summary>
    [Key("stableNotes")]
    public RangeNote[] StableNotes { get; set; } = [];

    /// <summary>The hub's form of the session's <paramref name="range"/>; null stays null.</summary>
    internal static RangeResult? From(TakeRange? range) => range is null ? null : new RangeResult
    {
        Lowest = range.Lowest,
        Highest = range.Highest,
        LowestHz = range.LowestHz,
        HighestHz = range.HighestHz,
        Semitones = range.Semitones,
        Octaves = range.Octaves,
        VoiceType = range.VoiceType,
        TessituraLow = range.TessituraLow,
        TessituraHigh = range.TessituraHigh,
        StableNotes = [.. range.StableNotes.Select(n => new RangeNote { Name = n.Name, Hz = n.Hz, StartSeconds = n.StartSeconds, DurationSeconds = n.DurationSeconds })],
    };
}
