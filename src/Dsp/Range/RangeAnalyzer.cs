using SingKing.Dsp.Pitch;

namespace SingKing.Dsp.Range;

/// <summary>
/// Finds the notes a singer holds steadily in a stream of pitch frames, and from them the singer's range.
/// Incremental and bounded in memory: fed frames in time order, from a live session or a file.
/// </summary>
public sealed class RangeAnalyzer
{
    /// <summary>Creates an analyzer.</summary>
    public RangeAnalyzer(RangeAnalyzerOptions? options = null) => throw new NotImplementedException();

    /// <summary>Adds the next frame (frames must come in time order).</summary>
    public void Add(in PitchFrame frame) => throw new NotImplementedException();

    /// <summary>Adds frames in time order.</summary>
    public void Add(IEnumerable<PitchFrame> frames) => throw new NotImplementedException();

    /// <summary>Ends the stream: a note still being held counts if it is already stable.</summary>
    public void Complete() => throw new NotImplementedException();

    /// <summary>Every stable note found so far, in time order.</summary>
    public IReadOnlyList<StableNote> StableNotes => throw new NotImplementedException();

    /// <summary>The range so far, or null while no note has been held stably.</summary>
    public VocalRange? Range => throw new NotImplementedException();
}
