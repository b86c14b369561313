namespace SingKing.Dsp.Pitch;

/// <summary>
/// Incremental YIN pitch tracker (de Cheveigné &amp; Kawahara, JASA 2002) with probabilistic candidate
/// tracking over a short look-ahead (after pYIN, Mauch &amp; Dixon, ICASSP 2014).
/// Fed chunks of any size, it emits one <see cref="PitchFrame"/> per hop; the output does not depend on
/// how the input was chunked.
/// </summary>
public sealed class PitchTracker
{
    /// <summary>Creates a tracker for audio at <paramref name="inputSampleRate"/> Hz (8–48 kHz).</summary>
    public PitchTracker(int inputSampleRate, PitchTrackerOptions? options = null)
    {
        if (inputSampleRate is < 8_000 or > 48_000)
            throw new ArgumentOutOfRangeException(nameof(inputSampleRate), inputSampleRate, "Input must be sampled at 8–48 kHz.");
        Options = options ?? new PitchTrackerOptions();
        Options.Validate();
        InputSampleRate = inputSampleRate;
    }

    /// <summary>Sample rate of the input in Hz.</summary>
    public int InputSampleRate { get; }

    /// <summary>The settings in force.</summary>
    public PitchTrackerOptions Options { get; }

    /// <summary>Feeds samples in [−1, 1] and appends every frame that became final to <paramref name="output"/>.</summary>
    /// <returns>How many frames were appended.</returns>
    public int Process(ReadOnlySpan<float> samples, List<PitchFrame> output) => throw new NotImplementedException();

    /// <summary>Feeds 16-bit PCM samples and appends every frame that became final to <paramref name="output"/>.</summary>
    /// <returns>How many frames were appended.</returns>
    public int Process(ReadOnlySpan<short> samples, List<PitchFrame> output) => throw new NotImplementedException();

    /// <summary>
    /// Ends the stream: pads with silence and appends the remaining frames, up to the frame whose centre is
    /// at or after the last input sample. The tracker can be used again after <see cref="Reset"/>.
    /// </summary>
    public int Flush(List<PitchFrame> output) => throw new NotImplementedException();

    /// <summary>Forgets all input, as if newly created.</summary>
    public void Reset() => throw new NotImplementedException();
}
