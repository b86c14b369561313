namespace SingKing.Dsp.Range;

/// <summary>A note the singer held steadily (see <see cref="RangeAnalyzer"/> for what counts as stable).</summary>
/// <param name="MedianHz">Median fundamental of the held note, in Hz.</param>
/// <param name="StartSeconds">Time of its first frame, in seconds from the start of the take.</param>
/// <param name="DurationSeconds">How long it was held, in seconds.</param>
/// <param name="JitterCents">Spread of its frames around the median, in cents.</param>
public sealed record StableNote(double MedianHz, double StartSeconds, double DurationSeconds, double JitterCents)
{
    /// <summary>Nearest equal-tempered MIDI note (A4 = 440 Hz = 69).</summary>
    public int MidiNote => throw new NotImplementedException();

    /// <summary>Scientific pitch name of <see cref="MidiNote"/>, with sharps: "E2", "C#4".</summary>
    public string Name => throw new NotImplementedException();
}
