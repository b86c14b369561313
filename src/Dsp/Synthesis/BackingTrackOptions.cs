namespace SingKing.Dsp.Synthesis;

/// <summary>How <see cref="BackingTrackRenderer"/> renders a backing track.</summary>
public sealed record BackingTrackOptions
{
    /// <summary>Sample rate of the rendered track in Hz.</summary>
    public int SampleRate { get; init; } = 44_100;

    /// <summary>Whether to play the chart's melody very softly on top (a guide track), for practising.</summary>
    public bool GuideMelody { get; init; }

    /// <summary>Silence-free ring-out after the last bar or note, in seconds.</summary>
    public double TailSeconds { get; init; } = 2.0;

    /// <summary>Peak level of the whole track (linear, full scale = 1); louder renders are scaled down to it.</summary>
    public double PeakLevel { get; init; } = 0.89;
}
