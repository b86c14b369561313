using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Evaluation;

/// <summary>One clip of the <see cref="PitchCorpus"/>: a recipe for a synthetic take with known F0.</summary>
public sealed class CorpusClip
{
    private readonly Func<int, SynthesizedTake> _render;

    /// <summary>Creates a clip from a recipe that renders it at any sample rate.</summary>
    /// <param name="name">Unique short name, usable as a file name.</param>
    /// <param name="condition">The hard condition the clip exercises; clips are grouped by it in reports.</param>
    /// <param name="description">Voice, notes and recording chain in words.</param>
    /// <param name="nativeSampleRate">The rate in Hz at which the clip is normally rendered.</param>
    /// <param name="render">Renders the clip at the given sample rate in Hz.</param>
    public CorpusClip(string name, string condition, string description, int nativeSampleRate, Func<int, SynthesizedTake> render)
    {
        Name = name;
        Condition = condition;
        Description = description;
        NativeSampleRate = nativeSampleRate;
        _render = render;
    }

    /// <summary>Unique short name, usable as a file name.</summary>
    public string Name { get; }

    /// <summary>The hard condition the clip exercises.</summary>
    public string Condition { get; }

    /// <summary>Voice, notes and recording chain in words.</summary>
    public string Description { get; }

    /// <summary>The rate in Hz at which the clip is normally rendered.</summary>
    public int NativeSampleRate { get; }

    /// <summary>Renders the clip at its native sample rate.</summary>
    public SynthesizedTake Render() => _render(NativeSampleRate);

    /// <summary>Renders the clip at <paramref name="sampleRate"/> Hz (same notes, voice and conditions).</summary>
    public SynthesizedTake Render(int sampleRate) => _render(sampleRate);

    /// <inheritdoc />
    public override string ToString() => Name;
}
