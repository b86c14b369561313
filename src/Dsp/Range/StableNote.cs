using SingKing.Dsp.Pitch;

namespace SingKing.Dsp.Range;

/// <summary>A note the singer held steadily (see <see cref="RangeAnalyzer"/> for what counts as stable).</summary>
/// <param name="MedianHz">Median fundamental of the hold's frames, in Hz.</param>
/// <param name="StartSeconds">Time of its first frame, in seconds from the start of the take.</param>
/// <param name="DurationSeconds">How long it was held, in seconds: its counted frames × the frame period (bridged cracks and breaths, and frames more than the tolerance from the median, excluded).</param>
/// <param name="JitterCents">Root-mean-square change of pitch from one frame of the hold to the next, in cents.</param>
public sealed record StableNote(double MedianHz, double StartSeconds, double DurationSeconds, double JitterCents)
{
    /// <summary>Nearest equal-tempered MIDI note (A4 = 440 Hz = 69).</summary>
    public int MidiNote => NoteNames.NearestMidi(MedianHz);

    /// <summary>Scientific pitch name of <see cref="MidiNote"/>, with sharps: "E2", "C#4".</summary>
    public string Name => NoteNames.Name(MidiNote);
}
