namespace SingKing.Dsp.Timbre;

/// <summary>
/// MFCC patches of one recording, stored contiguously as [patch, frame, coefficient] so they can be handed
/// to a tensor library without copying.
/// </summary>
public sealed class MfccPatches
{
    /// <summary>Wraps <paramref name="data"/> of <paramref name="count"/> × <paramref name="frames"/> × <paramref name="coefficients"/> values.</summary>
    public MfccPatches(float[] data, int count, int frames, int coefficients)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length != count * frames * coefficients)
            throw new ArgumentException($"Expected {count} × {frames} × {coefficients} values, got {data.Length}.", nameof(data));
        Data = data;
        Count = count;
        Frames = frames;
        Coefficients = coefficients;
    }

    /// <summary>All values, patch by patch, frame by frame.</summary>
    public float[] Data { get; }

    /// <summary>Number of patches.</summary>
    public int Count { get; }

    /// <summary>Frames per patch (time axis; one frame per hop).</summary>
    public int Frames { get; }

    /// <summary>Cepstral coefficients per frame.</summary>
    public int Coefficients { get; }

    /// <summary>Values per patch.</summary>
    public int PatchLength => Frames * Coefficients;

    /// <summary>Patch <paramref name="index"/>, frame-major.</summary>
    public ReadOnlySpan<float> Patch(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return Data.AsSpan(index * PatchLength, PatchLength);
    }
}
