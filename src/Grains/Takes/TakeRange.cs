using SingKing.Dsp.Pitch;
using SingKing.Dsp.Range;

namespace SingKing.Grains.Takes;

/// <summary>
/// A take's vocal range as the live contract and take.json spell it: note names, frequencies rounded to 0.1 Hz
/// and the voice type as a lower-case hyphenated word. The analysis itself is <see cref="RangeAnalyzer"/>'s.
/// </summary>
/// <param name="Lowest">Name of the lowest stable note, e.g. "A2".</param>
/// <param name="Highest">Name of the highest stable note.</param>
/// <param name="LowestHz">Median fundamental of the lowest stable note, in Hz (to 0.1 Hz).</param>
/// <param name="HighestHz">Median fundamental of the highest stable note, in Hz (to 0.1 Hz).</param>
/// <param name="Semitones">Semitones from the lowest to the highest stable note.</param>
/// <param name="Octaves">The same span in octaves.</param>
/// <param name="VoiceType">"bass", "baritone", "tenor", "alto", "mezzo-soprano" or "soprano".</param>
/// <param name="TessituraLow">Name of the lower end of the comfortable middle.</param>
/// <param name="TessituraHigh">Name of the upper end of the comfortable middle.</param>
/// <param name="StableNotes">Every stable note of the take so far, in time order.</param>
[GenerateSerializer, Immutable]
public sealed record TakeRange(
    [property: Id(0)] string Lowest,
    [property: Id(1)] string Highest,
    [property: Id(2)] double LowestHz,
    [property: Id(3)] double HighestHz,
    [property: Id(4)] int Semitones,
    [property: Id(5)] double Octaves,
    [property: Id(6)] string VoiceType,
    [property: Id(7)] string TessituraLow,
    [property: Id(8)] string TessituraHigh,
    [property: Id(9)] TakeRangeNote[] StableNotes)
{
    /// <summary>What <paramref name="analyzer"/> has found so far, or null while no note has been held stably.</summary>
    public static TakeRange? From(RangeAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        // One snapshot of the notes for both the list and the range, so they always agree.
        var notes = analyzer.StableNotes;
        if (VocalRange.Of(notes) is not { } range)
            return null;

        var held = new TakeRangeNote[notes.Count];
        for (var i = 0; i < held.Length; i++)
            held[i] = new TakeRangeNote(notes[i].Name, RoundHz(notes[i].MedianHz), RoundSeconds(notes[i].StartSeconds), RoundSeconds(notes[i].DurationSeconds));

        return new TakeRange(
            range.Lowest.Name,
            range.Highest.Name,
            RoundHz(range.Lowest.MedianHz),
            RoundHz(range.Highest.MedianHz),
            range.Semitones,
            range.Octaves,
            VoiceTypes.Slug(range.VoiceType),
            NoteNames.Name(range.TessituraLowMidi),
            NoteNames.Name(range.TessituraHighMidi),
            held);
    }

    private static double RoundHz(double hz) => Math.Round(hz, 1, MidpointRounding.AwayFromZero);

    private static double RoundSeconds(double seconds) => Math.Round(seconds, 3, MidpointRounding.AwayFromZero);
}
