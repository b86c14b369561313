namespace SingKing.Dsp.Alignment;

/// <summary>Settings of a <see cref="NoteAligner"/>.</summary>
public sealed class NoteAlignerOptions
{
    /// <summary>
    /// How late the singer's audio reaches the tracker, in seconds (microphone and output delay of the device,
    /// typically 0.1–0.5 s): a frame stamped at song time t is credited to the note sounding at t − latency.
    /// </summary>
    public double LatencySeconds { get; init; }

    /// <summary>Time between pitch frames in seconds (the tracker's hop, 10 ms); sets how many frames a note expects.</summary>
    public double HopSeconds { get; init; } = 0.010;

    internal void Validate()
    {
        if (!double.IsFinite(LatencySeconds) || Math.Abs(LatencySeconds) > 5)
            throw new ArgumentOutOfRangeException(nameof(LatencySeconds), LatencySeconds, "Latency must be within ±5 s.");
        if (!(HopSeconds is > 0 and <= 0.1))
            throw new ArgumentOutOfRangeException(nameof(HopSeconds), HopSeconds, "The hop must be above 0 and at most 0.1 s.");
    }
}
